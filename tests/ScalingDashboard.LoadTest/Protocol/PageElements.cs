namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>An element a component has rendered: its attributes, its event handlers, and the texts and string
/// parameters inside it in that component's output (a child component's own output is not inside).</summary>
internal sealed class RenderedElement(int componentId, string name, IReadOnlyDictionary<string, string?> attributes, IReadOnlyList<string> texts)
{
    public int ComponentId { get; } = componentId;

    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string?> Attributes { get; } = attributes;

    /// <summary>Event name ("onclick", "oninput") to the handler id the server dispatches by.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Texts { get; } = texts;

    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}

/// <summary>
/// What a protocol session knows of the page without a DOM: every element the render batches have added, with the
/// handler ids that clicking or typing into it needs. It does not apply edits (a person's browser does): an element
/// is found by what it carries (a data-testid, a type, a text), and a handler the server replaces is followed by
/// component and event name. That is enough to drive the few controls a session uses.
/// </summary>
internal sealed class PageElements
{
    private readonly Dictionary<int, List<RenderedElement>> _byComponent = [];
    private readonly Lock _lock = new();

    // When each element was added: the latest of several matches is the one on screen now.
    private readonly Dictionary<RenderedElement, int> _order = new(ReferenceEqualityComparer.Instance);
    private int _next;

    public void Apply(RenderBatch batch)
    {
        lock (_lock)
        {
            var replaced = new List<(int Component, string Event, ulong Id)>();
            foreach (var diff in batch.Diffs)
            {
                foreach (var edit in diff.Edits)
                {
                    if (edit.Type == Edit.PrependFrame)
                    {
                        AddSubtree(diff.ComponentId, batch.Frames, edit.ReferenceFrameIndex);
                    }
                    else if (edit.Type == Edit.SetAttribute && batch.Frames[edit.ReferenceFrameIndex] is { HandlerId: > 0, Name: { } name } frame)
                    {
                        replaced.Add((diff.ComponentId, name, frame.HandlerId));
                    }
                }
            }

            if (batch.DisposedHandlers.Count > 0)
            {
                var disposed = batch.DisposedHandlers.ToHashSet();
                foreach (var element in _byComponent.Values.SelectMany(list => list))
                {
                    foreach (var (name, id) in element.Handlers.ToList())
                    {
                        if (disposed.Contains(id))
                        {
                            var successor = replaced.FindLast(r => r.Component == element.ComponentId && r.Event == name);
                            if (successor.Id > 0)
                            {
                                element.Handlers[name] = successor.Id;
                            }
                            else
                            {
                                element.Handlers.Remove(name);
                            }
                        }
                    }
                }
            }

            foreach (var component in batch.DisposedComponents)
            {
                if (_byComponent.Remove(component, out var gone))
                {
                    gone.ForEach(element => _order.Remove(element));
                }
            }
        }
    }

    /// <summary>The most recently rendered element that satisfies <paramref name="match"/>, if any.</summary>
    public RenderedElement? Find(Func<RenderedElement, bool> match)
    {
        lock (_lock)
        {
            RenderedElement? found = null;
            var order = -1;
            foreach (var element in _byComponent.Values.SelectMany(list => list))
            {
                if (match(element) && Order(element) > order)
                {
                    found = element;
                    order = Order(element);
                }
            }

            return found;
        }
    }

    /// <summary>Every element, for a look at what a page rendered while writing a session's steps.</summary>
    public IReadOnlyList<RenderedElement> All()
    {
        lock (_lock)
        {
            return [.. _byComponent.Values.SelectMany(list => list)];
        }
    }

    private int Order(RenderedElement element) => _order.TryGetValue(element, out var n) ? n : -1;

    private void AddSubtree(int componentId, IReadOnlyList<Frame> frames, int start)
    {
        var end = start + frames[start].Span;
        for (var i = start; i < end; i++)
        {
            if (frames[i].Type != Frame.Element)
            {
                continue;
            }

            var elementEnd = i + frames[i].Span;
            var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
            var handlers = new List<(string, ulong)>();
            var j = i + 1;
            for (; j < elementEnd && frames[j].Type == Frame.Attribute; j++)
            {
                if (frames[j].Name is not { } name)
                {
                    continue;
                }

                if (frames[j].HandlerId > 0)
                {
                    handlers.Add((name, frames[j].HandlerId));
                }
                else
                {
                    attributes[name] = frames[j].Value;
                }
            }

            var texts = new List<string>();
            for (; j < elementEnd; j++)
            {
                if (frames[j] is { Type: Frame.Text or Frame.Attribute, Value: { Length: > 0 } value })
                {
                    texts.Add(value);
                }
            }

            var element = new RenderedElement(componentId, frames[i].Name ?? "", attributes, texts);
            foreach (var (name, id) in handlers)
            {
                element.Handlers[name] = id;
            }

            if (!_byComponent.TryGetValue(componentId, out var list))
            {
                _byComponent[componentId] = list = [];
            }

            list.Add(element);
            _order[element] = _next++;
        }
    }
}
