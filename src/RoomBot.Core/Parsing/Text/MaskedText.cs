namespace RoomBot.Core.Parsing.Text;

/// <summary>
/// The normalised message plus a working copy in which every span an extractor has claimed (a room, a name, a
/// subject…) is blanked with spaces, so later steps, and the date recogniser above all, never see it again.
/// Offsets stay those of <see cref="Original"/>.
/// </summary>
internal sealed class MaskedText
{
    private readonly char[] _working;

    public MaskedText(string normalized)
    {
        Original = normalized;
        _working = normalized.ToCharArray();
    }

    public string Original { get; }

    public int Length => _working.Length;

    /// <summary>The text with every claimed span blanked.</summary>
    public string Current => new(_working);

    public bool IsFree(int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (_working[i] == '\0' || (_working[i] == ' ' && Original[i] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    public void Mask(int start, int length)
    {
        for (var i = start; i < start + length && i < _working.Length; i++)
        {
            _working[i] = ' ';
        }
    }
}
