namespace ScalingDashboard.Web.Services;

/// <summary>What differs between the databases when a column is added to an older store.</summary>
/// <param name="IntegerType">The column type of a 64-bit integer.</param>
/// <param name="TimestampType">The column type of a point in time.</param>
/// <param name="ByteLengthOfContent">An expression for the UTF-8 byte length of the <c>content</c> column.</param>
public sealed record StoreDialect(string IntegerType, string TimestampType, string ByteLengthOfContent);
