using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace QaBot.Bot.Tests.Support;

/// <summary>
/// Validates JSON against schemas of Discord's official OpenAPI 3.1 description (the subset of JSON
/// Schema it uses: $ref, type and type lists, enum, const, oneOf/anyOf/allOf, properties, required,
/// min/max length, items, min/max items, minimum/maximum, pattern). Stricter than the spec in one way:
/// a property the schema does not declare is an error, so a misspelt field cannot pass unnoticed.
/// </summary>
public sealed class OpenApiSchemaValidator
{
    private static readonly Lazy<OpenApiSchemaValidator> Shared = new(() => new OpenApiSchemaValidator(File.ReadAllText(RepoPaths.OpenApi)));

    private readonly JsonElement _root;

    public OpenApiSchemaValidator(string openApiJson)
    {
        _root = JsonDocument.Parse(openApiJson).RootElement;
    }

    public static OpenApiSchemaValidator Discord => Shared.Value;

    public IReadOnlyList<string> ValidateSchema(string schemaName, JsonElement value)
    {
        var errors = new List<string>();
        Check(_root.GetProperty("components").GetProperty("schemas").GetProperty(schemaName), value, "$", errors);
        return errors;
    }

    /// <summary>Validates a request body against the JSON schema of <paramref name="method"/> on <paramref name="pathTemplate"/>.</summary>
    public IReadOnlyList<string> ValidateRequest(string pathTemplate, string method, JsonElement value)
    {
        var schema = _root.GetProperty("paths").GetProperty(pathTemplate).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, at, errors);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(part, value, at, errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var branches = anyOf.EnumerateArray().Select(b => Branch(b, value, at)).ToArray();
            if (branches.All(b => b.Count > 0))
            {
                errors.Add($"{at}: matches no anyOf branch: {string.Join(" | ", branches.Select(b => string.Join("; ", b)))}");
            }
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var branches = oneOf.EnumerateArray().Select(b => Branch(b, value, at)).ToArray();
            var passing = branches.Count(b => b.Count == 0);
            if (passing != 1)
            {
                errors.Add(passing == 0
                    ? $"{at}: matches no oneOf branch: {string.Join(" | ", branches.Select(b => string.Join("; ", b)))}"
                    : $"{at}: matches {passing} oneOf branches");
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{at}: expected {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonEquals(a, value)))
        {
            errors.Add($"{at}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonEquals(constant, value))
        {
            errors.Add($"{at}: {value.GetRawText()} is not {constant.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, at, errors);
                break;
            case JsonValueKind.Number:
                var number = value.GetDouble();
                if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                {
                    errors.Add($"{at}: {number} < minimum {min.GetDouble()}");
                }

                if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                {
                    errors.Add($"{at}: {number} > maximum {max.GetDouble()}");
                }

                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, at, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, value, at, errors);
                break;
        }
    }

    private List<string> Branch(JsonElement schema, JsonElement value, string at)
    {
        var errors = new List<string>();
        Check(schema, value, at, errors);
        return errors;
    }

    private static void CheckString(JsonElement schema, string text, string at, List<string> errors)
    {
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("maxLength", out var maxLength) && length > maxLength.GetInt32())
        {
            errors.Add($"{at}: length {length} > maxLength {maxLength.GetInt32()}");
        }

        if (schema.TryGetProperty("minLength", out var minLength) && length < minLength.GetInt32())
        {
            errors.Add($"{at}: length {length} < minLength {minLength.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{at}: \"{text}\" does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "uri" && !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            errors.Add($"{at}: \"{text}\" is not an absolute URI");
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
        {
            errors.Add($"{at}: {count} items > maxItems {maxItems.GetInt32()}");
        }

        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            errors.Add($"{at}: {count} items < minItems {minItems.GetInt32()}");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
            && value.EnumerateArray().Select(e => e.GetRawText()).Distinct().Count() != count)
        {
            errors.Add($"{at}: items are not unique");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{at}[{i++}]"), errors);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{at}: missing required {name}");
                }
            }
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, at + "." + property.Name, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, at + "." + property.Name, errors);
            }
            else
            {
                errors.Add($"{at}: property {property.Name} is not in the schema");
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException("Unsupported $ref " + reference);
        }

        return _root.GetProperty("components").GetProperty("schemas").GetProperty(reference[prefix.Length..]);
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => KindMatches(t.GetString()!, value))
            : KindMatches(type.GetString()!, value);

    private static bool KindMatches(string type, JsonElement value) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };

    private static bool JsonEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? a.GetDouble().Equals(b.GetDouble())
            : a.GetRawText() == b.GetRawText();
}
