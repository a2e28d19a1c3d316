namespace WuzhenSite.Output;

/// <summary>One rename of the swap, paths relative to the output folder.</summary>
public readonly record struct SwapMove(string From, string To);

/// <summary>
/// The renames that put a staged build in place of the previous one, touching only what the
/// previous build owned and what this one writes. A folder that holds only owned entries (or is
/// new) moves whole, so a site of 20,000 pages is still a handful of renames; the plan descends
/// only into folders where someone else's files live, or where files this build keeps live: a
/// kept file (unchanged since the previous build wrote it, so never staged) stays where it is,
/// neither retired nor moved, and only what changed around it is swapped. A pure function of the
/// two trees, the previous manifest and the kept paths. <see cref="Conflicts"/> lists paths where
/// the new site writes a file but a folder holding files it does not own stands: then the swap
/// must not run. <see cref="Missing"/> lists kept files that are no longer there.
/// </summary>
public sealed record SwapPlan(IReadOnlyList<SwapMove> Moves, OwnedOutput Owned, IReadOnlyList<string> Conflicts)
{
    /// <summary>Kept files the live tree no longer holds (deleted while the build ran).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>
    /// Plans replacing <paramref name="live"/> (owned as <paramref name="previous"/> says) with
    /// <paramref name="staged"/>, leaving the files in <paramref name="kept"/> where they are.
    /// </summary>
    public static SwapPlan Create(OutputTree staged, OutputTree live, OwnedOutput previous, IReadOnlySet<string>? kept = null)
    {
        var planner = new Planner(previous, kept ?? new HashSet<string>(StringComparer.Ordinal));
        planner.Plan("", staged, live);
        var owned = staged.Files().ToHashSet(StringComparer.Ordinal);
        owned.UnionWith(planner.Kept);
        return new SwapPlan(planner.Moves, new OwnedOutput(owned, planner.OwnedFolders), planner.Conflicts)
        {
            Missing = [.. planner.KeptMissing().Order(StringComparer.Ordinal)],
        };
    }

    private sealed class Planner(OwnedOutput previous, IReadOnlySet<string> kept)
    {
        private readonly HashSet<string> _keptFolders = KeptFolders(kept);
        private int _retired;

        /// <summary>The kept files found in the live tree.</summary>
        public List<string> Kept { get; } = [];

        public List<SwapMove> Moves { get; } = [];

        public HashSet<string> OwnedFolders { get; } = new(StringComparer.Ordinal);

        public List<string> Conflicts { get; } = [];

        public void Plan(string prefix, OutputTree staged, OutputTree live)
        {
            foreach (var name in staged.Entries.Keys.Union(live.Entries.Keys).Order(StringComparer.Ordinal))
            {
                var path = prefix + name;
                var isStaged = staged.Entries.TryGetValue(name, out var stagedChild);
                var isLive = live.Entries.TryGetValue(name, out var liveChild);
                if (!isStaged)
                {
                    RetireStale(path, liveChild);
                }
                else if (!isLive)
                {
                    MoveIn(path, stagedChild);
                }
                else if (liveChild is null || (!_keptFolders.Contains(path) && IsWhollyOwned(path, liveChild)))
                {
                    // Ours, or a file at a path the new site writes: replaced.
                    Retire(path);
                    MoveIn(path, stagedChild);
                }
                else if (stagedChild is not null)
                {
                    // Someone else's files live in this folder: go in and replace only ours.
                    if (previous.Folders.Contains(path))
                    {
                        OwnedFolders.Add(path);
                    }

                    Plan(path + "/", stagedChild, liveChild);
                }
                else
                {
                    Conflicts.Add(path);
                }
            }
        }

        public IEnumerable<string> KeptMissing() => kept.Except(Kept, StringComparer.Ordinal);

        private void RetireStale(string path, OutputTree? live)
        {
            if (live is null)
            {
                if (kept.Contains(path))
                {
                    Kept.Add(path);
                }
                else if (previous.Files.Contains(path))
                {
                    Retire(path);
                }

                return;
            }

            if (!_keptFolders.Contains(path) && IsWhollyOwned(path, live))
            {
                Retire(path);
                return;
            }

            if (previous.Folders.Contains(path))
            {
                OwnedFolders.Add(path);
            }

            Plan(path + "/", new OutputTree(), live);
        }

        /// <summary>Every folder that holds a kept file, at any depth: these are gone into, never swapped whole.</summary>
        private static HashSet<string> KeptFolders(IReadOnlySet<string> kept)
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in kept)
            {
                for (var end = file.LastIndexOf('/'); end > 0 && folders.Add(file[..end]); end = file.LastIndexOf('/', end - 1))
                {
                }
            }

            return folders;
        }

        private void MoveIn(string path, OutputTree? staged)
        {
            Moves.Add(new SwapMove(OutputNames.Staging + "/" + path, path));
            if (staged is not null)
            {
                OwnedFolders.Add(path);
                OwnedFolders.UnionWith(staged.Folders(path + "/"));
            }
        }

        private void Retire(string path) => Moves.Add(new SwapMove(path, OutputNames.Retired + "/" + _retired++));

        /// <summary>A folder the previous build made, holding nothing but what it wrote.</summary>
        private bool IsWhollyOwned(string path, OutputTree folder) =>
            previous.Folders.Contains(path)
            && folder.Entries.All(entry => entry.Value is null
                ? previous.Files.Contains(path + "/" + entry.Key)
                : IsWhollyOwned(path + "/" + entry.Key, entry.Value));
    }
}
