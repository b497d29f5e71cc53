namespace ScalingDashboard.LoadTest;

/// <summary>One simulated person, in Chromium (<see cref="LoadSession"/>) or over Blazor's protocol
/// (<see cref="Protocol.ProtocolSession"/>): what it did, for the report.</summary>
internal interface ILoadSession
{
    int Uploads { get; }

    int SliderMoves { get; }

    int Exports { get; }

    Task RunAsync(DateTime deadline);
}
