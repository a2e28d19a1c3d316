using System.Text.Json;

namespace WuzhenSite.Search.Tests;

/// <summary>Compares two serialised lunr indexes part by part: fields, vectors, and term by term.</summary>
internal static class IndexJsonComparer
{
    public static List<string> Compare(string expectedJson, string actualJson)
    {
        var differences = new List<string>();
        using var expectedDocument = JsonDocument.Parse(expectedJson);
        using var actualDocument = JsonDocument.Parse(actualJson);
        var expected = expectedDocument.RootElement;
        var actual = actualDocument.RootElement;

        var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToList();
        var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            differences.Add($"top-level keys: expected [{string.Join(',', expectedKeys)}], got [{string.Join(',', actualKeys)}]");
        }

        foreach (string key in new[] { "version", "fields", "pipeline" })
        {
            string e = expected.GetProperty(key).GetRawText();
            string a = actual.GetProperty(key).GetRawText();
            if (e != a)
            {
                differences.Add($"{key}: expected {e}, got {a}");
            }
        }

        CompareFieldVectors(expected.GetProperty("fieldVectors"), actual.GetProperty("fieldVectors"), differences);
        CompareInvertedIndex(expected.GetProperty("invertedIndex"), actual.GetProperty("invertedIndex"), differences);
        return differences;
    }

    private static void CompareFieldVectors(JsonElement expected, JsonElement actual, List<string> differences)
    {
        var expectedVectors = expected.EnumerateArray().ToList();
        var actualVectors = actual.EnumerateArray().ToList();
        if (expectedVectors.Count != actualVectors.Count)
        {
            differences.Add($"fieldVectors: expected {expectedVectors.Count} vectors, got {actualVectors.Count}");
        }

        for (int i = 0; i < Math.Min(expectedVectors.Count, actualVectors.Count); i++)
        {
            string expectedKey = expectedVectors[i][0].GetRawText();
            string actualKey = actualVectors[i][0].GetRawText();
            if (expectedKey != actualKey)
            {
                differences.Add($"fieldVectors[{i}]: expected key {expectedKey}, got {actualKey}");
                continue;
            }

            var e = expectedVectors[i][1].EnumerateArray().Select(x => x.GetDouble()).ToList();
            var a = actualVectors[i][1].EnumerateArray().Select(x => x.GetDouble()).ToList();
            if (!e.SequenceEqual(a))
            {
                differences.Add($"fieldVectors {expectedKey}: expected {expectedVectors[i][1].GetRawText()}, got {actualVectors[i][1].GetRawText()}");
            }
            else if (expectedVectors[i][1].GetRawText() != actualVectors[i][1].GetRawText())
            {
                differences.Add($"fieldVectors {expectedKey}: same numbers, different text: {expectedVectors[i][1].GetRawText()} vs {actualVectors[i][1].GetRawText()}");
            }
        }
    }

    private static void CompareInvertedIndex(JsonElement expected, JsonElement actual, List<string> differences)
    {
        var expectedTerms = expected.EnumerateArray().ToList();
        var actualTerms = actual.EnumerateArray().ToList();
        if (expectedTerms.Count != actualTerms.Count)
        {
            differences.Add($"invertedIndex: expected {expectedTerms.Count} terms, got {actualTerms.Count}");
        }

        for (int i = 0; i < Math.Min(expectedTerms.Count, actualTerms.Count); i++)
        {
            string expectedTerm = expectedTerms[i][0].GetRawText();
            string actualTerm = actualTerms[i][0].GetRawText();
            if (expectedTerm != actualTerm)
            {
                differences.Add($"invertedIndex[{i}]: expected term {expectedTerm}, got {actualTerm}");
                continue;
            }

            // Same keys in the same order, same _index, same refs per field in the same order.
            var e = expectedTerms[i][1];
            var a = actualTerms[i][1];
            var eKeys = e.EnumerateObject().Select(p => p.Name).ToList();
            var aKeys = a.EnumerateObject().Select(p => p.Name).ToList();
            if (!eKeys.SequenceEqual(aKeys))
            {
                differences.Add($"term {expectedTerm}: posting keys [{string.Join(',', eKeys)}] vs [{string.Join(',', aKeys)}]");
                continue;
            }

            foreach (string key in eKeys)
            {
                string eValue = e.GetProperty(key).GetRawText();
                string aValue = a.GetProperty(key).GetRawText();
                if (eValue != aValue)
                {
                    differences.Add($"term {expectedTerm} {key}: expected {eValue}, got {aValue}");
                }
            }
        }
    }
}
