namespace CreditPlatform.Web.Localization;

/// <summary>
/// Every string the pages show, in Chinese and English. Each area keeps its own nested class in its
/// own file (UiText.Subjects.cs, UiText.Lists.cs…), so areas add strings without touching each other's.
/// Plain words first (see the glossary): a villager should understand every sentence.
/// </summary>
public static partial class UiText
{
}
