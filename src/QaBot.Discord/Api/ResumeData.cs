namespace QaBot.Discord.Api;

/// <summary>The d of op 6 RESUME.</summary>
internal sealed record ResumeData(string Token, string SessionId, int Seq);
