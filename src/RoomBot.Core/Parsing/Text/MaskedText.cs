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

    /// <summary>The text with every claimed span removed and spaces collapsed ("有没有6个人的会议室" → "有没有的会议室").</summary>
    public string Unclaimed
    {
        get
        {
            var sb = new System.Text.StringBuilder(_working.Length);
            for (var i = 0; i < _working.Length; i++)
            {
                var claimed = _working[i] == ' ' && Original[i] != ' ';
                if (claimed || (_working[i] == ' ' && (sb.Length == 0 || sb[^1] == ' ')))
                {
                    continue;
                }

                sb.Append(_working[i]);
            }

            return sb.ToString().TrimEnd();
        }
    }

    public bool IsFree(int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (_working[i] == ' ' && Original[i] != ' ')
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
