using System.Collections.Concurrent;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using WuzhenSite.Theming;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// Serves <c>{% include 'partials/x' %}</c> and <c>{% render 'partials/x' %}</c> to Fluid from the theme's
/// <c>layouts/</c> folder with site overrides (<see cref="ThemeFiles.Find"/>). Fluid asks a file provider
/// whether the file exists, then its template cache for the parsed template: this class is both, so
/// each partial is found and parsed once per build (when a layout naming it is checked) and every
/// later include is two dictionary lookups, with no file access while pages render.
/// </summary>
// ITemplateCache is marked experimental (FLUID001); it is the only way to hand Fluid pre-parsed partials.
#pragma warning disable FLUID001
internal sealed class PartialTemplates(ThemeFiles theme, ThemeTemplates templates) : IFileProvider, ITemplateCache
{
    private readonly ConcurrentDictionary<string, string?> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly Lock _loading = new();

    /// <summary>The file a partial name (<c>partials/header</c> or <c>partials/header.liquid</c>) resolves to, or null.</summary>
    public string? PathOf(string name) => _paths.GetOrAdd(name, n => theme.Find($"layouts/{n}"));

    /// <summary>The name with the extension Fluid appends.</summary>
    public static string WithExtension(string name) =>
        name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid";

    /// <summary>Parses and checks a partial on first use; a mistake in it names the partial's file.</summary>
    public IFluidTemplate Load(string name)
    {
        if (_parsed.TryGetValue(name, out var template))
        {
            return template;
        }

        // Loading is rare (once per partial) and may recurse through includes: one lock, re-entrant on
        // this thread, so a partial that includes itself finds itself already stored.
        lock (_loading)
        {
            if (_parsed.TryGetValue(name, out template))
            {
                return template;
            }

            var file = $"layouts/{name}";
            var path = PathOf(name) ?? throw new FileNotFoundException(file);
            var source = File.ReadAllText(path);
            template = templates.ParseOnly(source, file);
            _parsed[name] = template;
            try
            {
                templates.Check(template, source, file);
            }
            catch
            {
                _parsed.TryRemove(name, out _);
                throw;
            }

            return template;
        }
    }

    bool ITemplateCache.TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        template = Load(subpath);
        return true;
    }

    void ITemplateCache.SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template)
    {
        // Never called: TryGetTemplate always answers.
    }

    IFileInfo IFileProvider.GetFileInfo(string subpath) =>
        PathOf(subpath) is { } path ? new PartialFile(path) : new NotFoundFileInfo(subpath);

    IDirectoryContents IFileProvider.GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    IChangeToken IFileProvider.Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>An existing partial; its content is read by <see cref="Load"/>, never through Fluid.</summary>
    private sealed class PartialFile(string path) : IFileInfo
    {
        public bool Exists => true;

        public long Length => -1;

        public string PhysicalPath => path;

        public string Name => Path.GetFileName(path);

        public DateTimeOffset LastModified => DateTimeOffset.MinValue;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => File.OpenRead(path);
    }
}
#pragma warning restore FLUID001
