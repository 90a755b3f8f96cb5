using System.CommandLine;
using QaBot.Cli.Configuration;
using QaBot.Cli.Rendering;
using QaBot.Core.Answers;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot ask</c>: one question, one answer.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question")
        {
            Description = "The question, as words (quote it or not).",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var top = new Option<int>("--top")
        {
            Description = "How many passages to show (default 3).",
            DefaultValueFactory = _ => 3,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--top must be between 1 and 100.");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("ask", "Answer one question from the articles (building the index first if there is none).")
        {
            question, index, corpus, top, json,
        };
        command.SetAction((parse, cancellationToken) => UserErrors.Guard(() =>
        {
            var settings = CliSettings.Load();
            var indexPath = CliSettings.IndexPath(settings, parse.GetValue(index));
            IndexBootstrap.EnsureIndex(indexPath, CliSettings.CorpusPath(settings, parse.GetValue(corpus)), cancellationToken);
            using var service = new AnswerService(indexPath, CliSettings.SearchOptions(settings));
            var text = string.Join(' ', parse.GetValue(question) ?? []);
            var answer = service.Ask(text, parse.GetValue(top));
            Console.Out.Write(parse.GetValue(json)
                ? CliJson.Answer(answer) + "\n"
                : AnswerText.Render(answer, TextStyle.ForConsole()));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
