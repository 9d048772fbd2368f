namespace Permanence.Data.Model;

public interface ITimestamped
{
    DateTime CreatedAtUtc { get; set; }

    DateTime UpdatedAtUtc { get; set; }
}
