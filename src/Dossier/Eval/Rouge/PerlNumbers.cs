using System.Globalization;
using System.Numerics;

namespace Dossier.Eval.Rouge;

/// <summary>
/// The number formatting ROUGE-1.5.5 relies on. ROUGE rounds every per-summary score with <c>sprintf("%7.5f")</c>
/// and computes from the rounded strings, so the rounding must be C's: the exact binary value rounded to 5
/// decimals, an exact tie going to the even digit (0.015625 prints 0.01562). .NET's "F5" rounds ties away from
/// zero, so the rounding is done here on the exact value.
/// </summary>
internal static class PerlNumbers
{
    /// <summary><c>sprintf("%7.5f", x)</c>.</summary>
    public static string F5(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x.ToString(CultureInfo.InvariantCulture);
        var negative = x < 0 || (x == 0 && double.IsNegative(x));
        var scaled = RoundHalfEven(Math.Abs(x), 5);
        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(6, '0');
        var text = digits[..^5] + "." + digits[^5..];
        if (negative) text = "-" + text;
        return text.PadLeft(7);
    }

    /// <summary>The value ROUGE goes on computing with after printing x with %7.5f (Perl reads the string back
    /// as a number).</summary>
    public static double Round5(double x) => double.Parse(F5(x), CultureInfo.InvariantCulture);

    /// <summary>round(x · 10^decimals) with ties to even, computed exactly: x = mantissa · 2^exponent.</summary>
    private static BigInteger RoundHalfEven(double x, int decimals)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponentBits == 0) exponentBits = 1; else mantissa |= 1L << 52;
        var exponent = exponentBits - 1075;
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, decimals);
        if (exponent >= 0) return numerator << exponent;
        var denominator = BigInteger.One << -exponent;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient += 1;
        return quotient;
    }
}
