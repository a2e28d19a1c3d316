using WuzhenSite.Output;

namespace WuzhenSite.Site;

/// <summary>What one build is asked to do: where the site is, and what to include.</summary>
public sealed record BuildOptions
{
    /// <summary>The site's root folder (holds <c>statiq.json</c>).</summary>
    public required string RootPath { get; init; }

    /// <summary>Settings file; defaults to <c>statiq.json</c> in the root.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Overrides the input folder (relative to the current directory or absolute).</summary>
    public string? InputPath { get; init; }

    /// <summary>Overrides the output folder.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Settings given on the command line (<c>--setting Key=Value</c>).</summary>
    public IReadOnlyDictionary<string, string> SettingOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>How parallel the engine may be (tests pin it to prove determinism).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The clock that decides what is scheduled or expired (tests fix it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Set by the preview: build in place, reusing what did not change and rewriting only files
    /// whose content changed. Null for a normal build (staged, everything written, swapped in).
    /// </summary>
    public IncrementalState? Incremental { get; init; }

    /// <summary>Validate only: run every check but write nothing (<c>wuzhen check</c>).</summary>
    public bool CheckOnly { get; init; }

    /// <summary>
    /// Build into an output folder this program did not write (<c>--clean</c>): adopt it, replacing
    /// the files the site writes and deleting nothing else. Without it such a folder is refused.
    /// </summary>
    public bool Clean { get; init; }

    /// <summary>The file operations that change the live output folder; tests put a faulty one here.</summary>
    public IFileOperations FileOperations { get; init; } = Output.FileOperations.Real;
}
