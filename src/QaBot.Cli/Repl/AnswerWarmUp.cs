using QaBot.Cli.Hosting;
using QaBot.Cli.Rendering;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Cli.Repl;

/// <summary>
/// Answers a few throwaway questions while the console's first prompt waits for a person. Even a
/// ReadyToRun program compiles at its first answer what could not be compiled ahead of time (generic
/// code over Lucene's and QaBot's value types, the spell corrector's automata) and opens the index; and
/// the tiered compiler recompiles a method with full optimisation only after it has run 30 times. Done
/// here, both happen while the person types, not during their first questions. The native build compiles
/// nothing as it runs and asks them once, to open the index. Nothing is printed and no session state is
/// kept; the warm-up stops when the session ends.
/// </summary>
internal static class AnswerWarmUp
{
    /// <summary>
    /// A quantity question, and one with a word no index holds, so that search, re-ranking, sentence choice
    /// and spelling correction run (and rendering, when the articles answer them); the answers are dropped.
    /// </summary>
    internal static readonly IReadOnlyList<string> Questions =
    [
        "How many people used the internet at the end of 2020?",
        "Who said what about the qabotwarmup report?",
    ];

    /// <summary>
    /// Each question is asked this many times: past the 30 calls after which the tiered compiler optimises
    /// what runs once per question. Two rounds left the next questions at a terminal taking 3-10 ms instead
    /// of 1-3 ms.
    /// </summary>
    internal static int Rounds => NativeBuild.IsRunning ? 1 : 32;

    public static Task RunAsync(IAnswerService service, ReplOptions options, CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                try
                {
                    for (var round = 0; round < Rounds; round++)
                    {
                        foreach (var question in Questions)
                        {
                            if (cancellationToken.IsCancellationRequested)
                            {
                                return;
                            }

                            _ = AnswerText.Render(service.Ask(question, options.Top), options.Style);
                        }
                    }
                }
                catch (IndexUnavailableException)
                {
                    // A missing or damaged index: the person's first question reports it.
                }
            },
            CancellationToken.None);
}
