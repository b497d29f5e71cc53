using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>
/// The hub protocol Blazor's circuit hub accepts ("blazorpack"). On the wire it is SignalR's MessagePack protocol
/// under another name (blazor.web.js itself sends a MessagePack protocol renamed so), and the hub refuses any other.
/// </summary>
internal sealed class BlazorPackProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _messagePack = new();

    public string Name => "blazorpack";

    public int Version => _messagePack.Version;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => _messagePack.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _messagePack.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);
}
