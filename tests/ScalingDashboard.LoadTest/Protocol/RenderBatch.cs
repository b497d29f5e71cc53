using System.Buffers.Binary;
using System.Text;

namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>One frame of a render batch: an element, text, attribute, component or region (Blazor's RenderTreeFrameType numbers).</summary>
internal readonly record struct Frame(int Type, int SubtreeLength, string? Name, string? Value, ulong HandlerId, int ComponentId)
{
    public const int Element = 1;
    public const int Text = 2;
    public const int Attribute = 3;
    public const int Component = 4;
    public const int Region = 5;
    public const int Markup = 8;

    /// <summary>How many frames this one and its descendants take (1 for text and attributes).</summary>
    public int Span => Type is Element or Component or Region ? Math.Max(1, SubtreeLength) : 1;
}

/// <summary>One change to a component's output (Blazor's RenderTreeEditType numbers).</summary>
internal readonly record struct Edit(int Type, int SiblingIndex, int ReferenceFrameIndex)
{
    public const int PrependFrame = 1;
    public const int SetAttribute = 3;
}

internal sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>
/// A render batch as the circuit sends it to the browser, read the way blazor.web.js reads it: four sections (updated
/// components, reference frames, disposed component ids, disposed event handler ids) and a string table, found
/// through five little-endian offsets at the end; frames are 20 bytes, edits 16.
/// </summary>
internal sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly byte[] _data;
    private readonly int _stringTable;

    private RenderBatch(byte[] data)
    {
        _data = data;
        _stringTable = Int(data.Length - 4);
        Diffs = ReadDiffs(Int(data.Length - 20));
        Frames = ReadFrames(Int(data.Length - 16));
        DisposedComponents = ReadInts(Int(data.Length - 12));
        DisposedHandlers = ReadHandlerIds(Int(data.Length - 8));
    }

    public IReadOnlyList<ComponentDiff> Diffs { get; }

    public IReadOnlyList<Frame> Frames { get; }

    public IReadOnlyList<int> DisposedComponents { get; }

    public IReadOnlyList<ulong> DisposedHandlers { get; }

    public static RenderBatch Read(byte[] data) =>
        data.Length >= 20 ? new RenderBatch(data) : throw new InvalidDataException($"A render batch of {data.Length} bytes is too short.");

    private List<ComponentDiff> ReadDiffs(int table)
    {
        var count = Int(table);
        var diffs = new List<ComponentDiff>(count);
        for (var i = 0; i < count; i++)
        {
            var at = Int(table + 4 + (4 * i));
            var editCount = Int(at + 4);
            var edits = new Edit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var edit = at + 8 + (EditSize * e);
                edits[e] = new Edit(Int(edit), Int(edit + 4), Int(edit + 8));
            }

            diffs.Add(new ComponentDiff(Int(at), edits));
        }

        return diffs;
    }

    private Frame[] ReadFrames(int at)
    {
        var frames = new Frame[Int(at)];
        for (var i = 0; i < frames.Length; i++)
        {
            var f = at + 4 + (FrameSize * i);
            var type = Int(f);
            frames[i] = type switch
            {
                Frame.Element => new Frame(type, Int(f + 4), String(Int(f + 8)), null, 0, 0),
                Frame.Text or Frame.Markup => new Frame(type, 1, null, String(Int(f + 4)), 0, 0),
                Frame.Attribute => new Frame(type, 1, String(Int(f + 4)), String(Int(f + 8)), BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(f + 12)), 0),
                Frame.Component => new Frame(type, Int(f + 4), null, null, 0, Int(f + 8)),
                Frame.Region => new Frame(type, Int(f + 4), null, null, 0, 0),
                _ => new Frame(type, 1, null, null, 0, 0),
            };
        }

        return frames;
    }

    private int[] ReadInts(int at)
    {
        var values = new int[Int(at)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Int(at + 4 + (4 * i));
        }

        return values;
    }

    private ulong[] ReadHandlerIds(int at)
    {
        var values = new ulong[Int(at)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(at + 4 + (8 * i)));
        }

        return values;
    }

    private string? String(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int(_stringTable + (4 * index));
        // A 7-bit encoded length, as .NET's BinaryWriter writes strings.
        int length = 0, shift = 0, read = 0;
        while (true)
        {
            var b = _data[at + read++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        return Encoding.UTF8.GetString(_data, at + read, length);
    }

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at));
}
