namespace Dossier.Eval.Timeline;

/// <summary>
/// Minimum-cost one-to-one assignment of a rectangular cost matrix by the Hungarian (Munkres) method, step for step
/// as <c>scipy.optimize.linear_sum_assignment</c> did it when tilse was written (SciPy up to 1.3): rows reduced by
/// their minimum, zeros starred in row-major order, covers and primes searched row-major, and the same floating-point
/// additions, so that ties between equally cheap pairings are settled as tilse's align and align+ settle them.
/// A matrix with more rows than columns is solved transposed; every row is assigned when there are no more rows than
/// columns, otherwise every column is.
/// </summary>
public static class LinearAssignment
{
    private const int Star = 1;
    private const int Prime = 2;

    /// <summary>Pairs (row, column), sorted by row.</summary>
    public static IReadOnlyList<(int Row, int Column)> Solve(double[,] cost)
    {
        var (rows, cols) = (cost.GetLength(0), cost.GetLength(1));
        if (rows == 0 || cols == 0) return [];
        var transposed = cols < rows;
        var (n, m) = transposed ? (cols, rows) : (rows, cols);
        var c = new double[n, m];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
                c[i, j] = transposed ? cost[j, i] : cost[i, j];

        var marked = new int[n, m];
        var rowUncovered = new bool[n];
        var colUncovered = new bool[m];
        Array.Fill(rowUncovered, true);
        Array.Fill(colUncovered, true);

        // steps 1 and 2: subtract each row's minimum; star zeros with no star in their row or column
        for (var i = 0; i < n; i++)
        {
            var min = double.PositiveInfinity;
            for (var j = 0; j < m; j++) min = Math.Min(min, c[i, j]);
            for (var j = 0; j < m; j++) c[i, j] -= min;
        }
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
                if (c[i, j] == 0 && colUncovered[j] && rowUncovered[i])
                {
                    marked[i, j] = Star;
                    colUncovered[j] = false;
                    rowUncovered[i] = false;
                }
        Array.Fill(rowUncovered, true);
        Array.Fill(colUncovered, true);

        while (true)
        {
            // step 3: cover the columns of starred zeros; done when every row has one
            var stars = 0;
            for (var j = 0; j < m; j++)
                for (var i = 0; i < n; i++)
                    if (marked[i, j] == Star) { colUncovered[j] = false; stars++; }
            if (stars >= n) break;

            // steps 4 and 6: prime uncovered zeros until one has no star in its row
            var (z0r, z0c) = (-1, -1);
            while (z0r < 0)
            {
                var (row, col) = FirstUncoveredZero(c, rowUncovered, colUncovered);
                if (row < 0)
                {
                    Step6(c, rowUncovered, colUncovered);
                    continue;
                }
                marked[row, col] = Prime;
                var starCol = -1;
                for (var j = 0; j < m && starCol < 0; j++) if (marked[row, j] == Star) starCol = j;
                if (starCol < 0) { (z0r, z0c) = (row, col); break; }
                rowUncovered[row] = false;
                colUncovered[starCol] = true;
            }

            // step 5: the alternating path of primes and stars from Z0; swap them, clear primes and covers
            var path = new List<(int Row, int Col)> { (z0r, z0c) };
            while (true)
            {
                var col = path[^1].Col;
                var starRow = -1;
                for (var i = 0; i < n && starRow < 0; i++) if (marked[i, col] == Star) starRow = i;
                if (starRow < 0) break;
                path.Add((starRow, col));
                var primeCol = -1;
                for (var j = 0; j < m && primeCol < 0; j++) if (marked[starRow, j] == Prime) primeCol = j;
                path.Add((starRow, primeCol));
            }
            foreach (var (r, k) in path) marked[r, k] = marked[r, k] == Star ? 0 : Star;
            Array.Fill(rowUncovered, true);
            Array.Fill(colUncovered, true);
            for (var i = 0; i < n; i++)
                for (var j = 0; j < m; j++)
                    if (marked[i, j] == Prime) marked[i, j] = 0;
        }

        var pairs = new List<(int Row, int Column)>();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
                if (marked[i, j] == Star) pairs.Add(transposed ? (j, i) : (i, j));
        return [.. pairs.OrderBy(p => p.Row)];
    }

    /// <summary>The first zero, row-major, in an uncovered row and column (numpy's argmax over the covered 0/1 matrix).</summary>
    private static (int Row, int Col) FirstUncoveredZero(double[,] c, bool[] rowUncovered, bool[] colUncovered)
    {
        for (var i = 0; i < c.GetLength(0); i++)
        {
            if (!rowUncovered[i]) continue;
            for (var j = 0; j < c.GetLength(1); j++)
                if (colUncovered[j] && c[i, j] == 0) return (i, j);
        }
        return (-1, -1);
    }

    /// <summary>Add the smallest uncovered value to covered rows, then subtract it from uncovered columns (two passes, as SciPy).</summary>
    private static void Step6(double[,] c, bool[] rowUncovered, bool[] colUncovered)
    {
        if (!rowUncovered.Any(x => x) || !colUncovered.Any(x => x)) return;
        var min = double.PositiveInfinity;
        for (var i = 0; i < c.GetLength(0); i++)
            for (var j = 0; j < c.GetLength(1); j++)
                if (rowUncovered[i] && colUncovered[j]) min = Math.Min(min, c[i, j]);
        for (var i = 0; i < c.GetLength(0); i++)
            if (!rowUncovered[i]) for (var j = 0; j < c.GetLength(1); j++) c[i, j] += min;
        for (var j = 0; j < c.GetLength(1); j++)
            if (colUncovered[j]) for (var i = 0; i < c.GetLength(0); i++) c[i, j] -= min;
    }
}
