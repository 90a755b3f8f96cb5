using System.Globalization;
using System.Text;
using QaBot.Cli.Rendering;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Cli.Repl;

/// <summary>
/// The interactive console: questions in, answers out, plus <c>:more</c>, <c>:source N</c>, <c>:help</c>
/// and <c>:quit</c>. With piped input it reads one question a line and prints no prompts.
/// </summary>
internal sealed class ReplSession(IAnswerService service, TextReader input, TextWriter output, ReplOptions options)
{
    private const string Help =
        "Ask a question in plain words, or:\n" +
        "  :more       the next passages for the last question\n" +
        "  :source N   the whole article of answer N\n" +
        "  :help       this help\n" +
        "  :quit       leave (Ctrl-D too)\n";

    private string? _lastQuestion;
    private string? _lastTopic;
    private string? _topic;
    private int _shown;
    private readonly Dictionary<int, AnswerPassage> _lastPassages = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Only a person leaves the time between start and first question that the warm-up uses; piped
        // questions arrive at once and would only share the processor with it.
        using var sessionEnded = new CancellationTokenSource();
        var warmUp = options.Interactive ? AnswerWarmUp.RunAsync(service, options, sessionEnded.Token) : Task.CompletedTask;
        try
        {
            await ReadAndAnswerAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A person who leaves at once does not wait for the rest of the warm-up.
            await sessionEnded.CancelAsync().ConfigureAwait(false);
            await warmUp.ConfigureAwait(false);
        }
    }

    private async Task ReadAndAnswerAsync(CancellationToken cancellationToken)
    {
        if (options.Interactive)
        {
            await output.WriteAsync("QaBot: ask about the articles. :help for commands, :quit to leave.\n").ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (options.Interactive)
            {
                await output.WriteAsync(options.Style.Strong("? ")).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line is ":quit" or ":q" or ":exit")
            {
                break;
            }

            await output.WriteAsync(Handle(line)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers one line; a failure is reported and the session goes on.</summary>
    internal string Handle(string line)
    {
        try
        {
            if (line.StartsWith(':'))
            {
                return Command(line);
            }

            return Ask(line);
        }
        catch (IndexUnavailableException e)
        {
            return "error: " + e.Message + "\n";
        }
    }

    private string Ask(string question)
    {
        var answer = service.AskInContext(question, _topic, options.Top);
        _lastQuestion = question;
        _lastTopic = answer.FollowUpOf;
        _topic = answer.FollowUpOf ?? question;
        _shown = answer.Answers.Count;
        Remember(answer.Answers, replace: true);
        return AnswerText.Render(answer, options.Style) + "\n";
    }

    private string Command(string line)
    {
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (parts[0])
        {
            case ":help":
                return Help;
            case ":more":
                return More();
            case ":source" when parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rank):
                return Source(rank);
            case ":source":
                return "Usage: :source N (N is the number of an answer shown above)\n";
            default:
                return $"Unknown command '{TextStyle.Clean(parts[0])}'. :help lists the commands.\n";
        }
    }

    private string More()
    {
        if (_lastQuestion is null)
        {
            return "Ask a question first.\n";
        }

        var answer = service.AskInContext(_lastQuestion, _lastTopic, options.Top, _shown);
        if (answer.Abstained || answer.Answers.Count == 0)
        {
            return "No more passages.\n";
        }

        _shown += answer.Answers.Count;
        Remember(answer.Answers, replace: false);
        var text = new StringBuilder();
        foreach (var passage in answer.Answers)
        {
            AnswerText.RenderBrief(text, passage);
        }

        return text.Append('\n').ToString();
    }

    private string Source(int rank)
    {
        if (!_lastPassages.TryGetValue(rank, out var passage))
        {
            return _lastPassages.Count == 0
                ? "Ask a question first.\n"
                : $"There is no answer {rank}; choose one of {string.Join(", ", _lastPassages.Keys.Order())}.\n";
        }

        var article = service.GetArticle(passage.Source.File);
        if (article is null)
        {
            return $"The article '{passage.Source.File}' is no longer in the index.\n";
        }

        var text = new StringBuilder();
        text.Append(options.Style.Strong(TextStyle.Clean(article.Source.Title))).Append('\n');
        text.Append(AnswerText.Source(article.Source)).Append("\n\n");
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append(TextStyle.Clean(paragraph)).Append("\n\n");
        }

        return text.ToString();
    }

    private void Remember(IReadOnlyList<AnswerPassage> passages, bool replace)
    {
        if (replace)
        {
            _lastPassages.Clear();
        }

        foreach (var passage in passages)
        {
            _lastPassages[passage.Rank] = passage;
        }
    }
}
