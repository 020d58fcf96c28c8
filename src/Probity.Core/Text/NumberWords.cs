namespace Probity.Core.Text;

/// <summary>Whole numbers in words, as the reports write counts in summary sentences ("six recommendations", spec §9.2).</summary>
public static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>0–99 in words ("twenty-one"); larger numbers as digits with a thousands separator, as the house style prints them.</summary>
    public static string Of(int number)
    {
        if (number < 0) return "minus " + Of(-number);
        if (number < 20) return Units[number];
        if (number < 100) return number % 10 == 0 ? Tens[number / 10] : $"{Tens[number / 10]}-{Units[number % 10]}";
        return number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The same, capitalised for the start of a sentence.</summary>
    public static string Capitalised(int number)
    {
        var words = Of(number);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
