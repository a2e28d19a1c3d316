namespace WuzhenSite.Output;

/// <summary>One rename of the swap, paths relative to the output folder.</summary>
public readonly record struct SwapMove(string From, string To);

/// <summary>
/// The renames that put a staged build in place of the previous one, touching only what the
/// previous build owned and what this one writes. A folder that holds only owned entries (or is
/// new) moves whole, so a site of 20,000 pages is still a handful of renames; the plan descends
/// only into folders where someone else's files live. A pure function of the two trees and the
/// previous manifest. <see cref="Conflicts"/> lists paths where the new site writes a file but a
/// folder holding files it does not own stands: then the swap must not run.
/// </summary>
public sealed record SwapPlan(IReadOnlyList<SwapMove> Moves, OwnedOutput Owned, IReadOnlyList<string> Conflicts)
{
    /// <summary>Plans replacing <paramref name="live"/> (owned as <paramref name="previous"/> says) with <paramref name="staged"/>.</summary>
    public static SwapPlan Create(OutputTree staged, OutputTree live, OwnedOutput previous)
    {
        var planner = new Planner(previous);
        planner.Plan("", staged, live);
        return new SwapPlan(planner.Moves, new OwnedOutput(staged.Files().ToHashSet(StringComparer.Ordinal), planner.OwnedFolders), planner.Conflicts);
    }

    private sealed class Planner(OwnedOutput previous)
    {
        private int _retired;

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
                else if (liveChild is null || IsWhollyOwned(path, liveChild))
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

        private void RetireStale(string path, OutputTree? live)
        {
            if (live is null)
            {
                if (previous.Files.Contains(path))
                {
                    Retire(path);
                }

                return;
            }

            if (IsWhollyOwned(path, live))
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
