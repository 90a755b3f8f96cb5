using QaBot.Cli.Rendering;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Cli.Repl;

/// <summary>
/// Answers a few throwaway questions while the console's first prompt waits for a person. Even a
/// ReadyToRun program compiles at its first answer what could not be compiled ahead of time (generic
/// code over Lucene's and QaBot's value types, the spell corrector's automata) and opens the index; done
/// here, that happens while the person types, not after. Nothing is printed and no session state is kept.
/// </summary>
internal static class AnswerWarmUp
{
    /// <summary>
    /// A quantity question, and one with a word no index holds, so that search, re-ranking, sentence choice
    /// and spelling correction run once (and rendering, when the articles answer them); the answers are dropped.
    /// </summary>
    internal static readonly IReadOnlyList<string> Questions =
    [
        "How many people used the internet at the end of 2020?",
        "Who said what about the qabotwarmup report?",
    ];

    public static Task RunAsync(IAnswerService service, ReplOptions options) =>
        Task.Run(() =>
        {
            try
            {
                foreach (var question in Questions)
                {
                    _ = AnswerText.Render(service.Ask(question, options.Top), options.Style);
                }
            }
            catch (IndexUnavailableException)
            {
                // A missing or damaged index: the person's first question reports it.
            }
        });
}
