namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// A Barnes-Hut quadtree over the 2-D embedding (van der Maaten 2014): a cell far enough from a point (its side over
/// the distance to its centre of mass below θ) acts on it as one body of its whole mass. Rebuilt every iteration
/// into reused flat arrays, so an iteration allocates nothing.
/// </summary>
internal sealed class QuadTree
{
    // Points closer than the root width / 2^48 share a leaf (they would otherwise split cells forever); their
    // repulsion on each other is then taken at their common centre, an error far below the θ approximation.
    private const int MaximumDepth = 48;

    private const int StackSize = 4 * MaximumDepth + 8;

    private Cell[] _cells = new Cell[64];
    private int _cellCount;

    private double[] _positions = [];

    /// <summary>Builds the tree over <paramref name="embedding"/> (x0, y0, x1, y1, ...), replacing the last one.</summary>
    public void Build(double[] embedding)
    {
        _positions = embedding;
        var n = embedding.Length / 2;
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            minX = Math.Min(minX, embedding[2 * i]);
            maxX = Math.Max(maxX, embedding[2 * i]);
            minY = Math.Min(minY, embedding[2 * i + 1]);
            maxY = Math.Max(maxY, embedding[2 * i + 1]);
        }

        // A little wider than the points, so the extreme ones fall strictly inside the root.
        var half = Math.Max(Math.Max(maxX - minX, maxY - minY) / 2 * (1 + 1e-6), 1e-12);
        _cellCount = 0;
        NewCell((minX + maxX) / 2, (minY + maxY) / 2, half);
        for (var i = 0; i < n; i++)
        {
            Insert(i, embedding[2 * i], embedding[2 * i + 1]);
        }

        for (var c = 0; c < _cellCount; c++)
        {
            ref var cell = ref _cells[c];
            cell.MassX /= cell.Count;
            cell.MassY /= cell.Count;
        }
    }

    /// <summary>
    /// The repulsion on point <paramref name="i"/>: Σ_j w_ij² (y_i − y_j) with w = 1 / (1 + d²), and Σ_j w_ij
    /// (its share of Q's normaliser Z), over j ≠ i.
    /// </summary>
    public (double ForceX, double ForceY, double WeightSum) Repulsion(int i, double theta)
    {
        double x = _positions[2 * i], y = _positions[2 * i + 1];
        double forceX = 0, forceY = 0, weightSum = 0;
        var thetaSquared = theta * theta;
        Span<int> stack = stackalloc int[StackSize];
        var top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            ref readonly var cell = ref _cells[stack[--top]];
            double dx = x - cell.MassX, dy = y - cell.MassY;
            var distanceSquared = dx * dx + dy * dy;
            var summarise = cell.FirstChild < 0
                || (cell.SideSquared < thetaSquared * distanceSquared && !cell.Contains(x, y));
            if (summarise)
            {
                var w = 1 / (1 + distanceSquared);
                var mass = cell.Count * w;
                weightSum += mass;
                mass *= w;
                forceX += mass * dx;
                forceY += mass * dy;
            }
            else
            {
                // Empty children (a split makes four, often with only one or two occupied) are never visited.
                for (var q = cell.FirstChild + 3; q >= cell.FirstChild; q--)
                {
                    if (_cells[q].Count > 0)
                    {
                        stack[top++] = q;
                    }
                }
            }
        }

        // The leaf holding the point itself added w = 1 (distance 0) and no force: take it out of the sum.
        return (forceX, forceY, weightSum - 1);
    }

    private void Insert(int point, double x, double y)
    {
        var c = 0;
        for (var depth = 0; ; depth++)
        {
            if (_cells[c].FirstChild < 0)
            {
                if (_cells[c].Count == 0)
                {
                    _cells[c] = _cells[c] with { Count = 1, MassX = x, MassY = y, Point = point };
                    return;
                }

                var resident = _cells[c].Point;
                double rx = _positions[2 * resident], ry = _positions[2 * resident + 1];
                if ((rx == x && ry == y) || depth >= MaximumDepth)
                {
                    AddMass(c, x, y);
                    return;
                }

                Split(c, rx, ry);
            }

            AddMass(c, x, y);
            c = _cells[c].FirstChild + _cells[c].Quadrant(x, y);
        }
    }

    /// <summary>Gives a leaf four children and moves its points (one, or coincident ones) to the right child.</summary>
    private void Split(int c, double residentX, double residentY)
    {
        var parent = _cells[c];
        var quarter = parent.Half / 2;
        var first = _cellCount;
        for (var q = 0; q < 4; q++)
        {
            NewCell(parent.CentreX + ((q & 1) == 0 ? -quarter : quarter), parent.CentreY + ((q & 2) == 0 ? -quarter : quarter), quarter);
        }

        var child = first + parent.Quadrant(residentX, residentY);
        _cells[child] = _cells[child] with { Count = parent.Count, MassX = parent.MassX, MassY = parent.MassY, Point = parent.Point };
        _cells[c] = parent with { FirstChild = first, Point = -1 };
    }

    private void AddMass(int c, double x, double y)
    {
        ref var cell = ref _cells[c];
        cell.Count++;
        cell.MassX += x;
        cell.MassY += y;
    }

    private void NewCell(double centreX, double centreY, double half)
    {
        if (_cellCount == _cells.Length)
        {
            Array.Resize(ref _cells, _cells.Length * 2);
        }

        _cells[_cellCount++] = new Cell { CentreX = centreX, CentreY = centreY, Half = half, SideSquared = 4 * half * half, FirstChild = -1, Point = -1 };
    }

    /// <summary>A square cell; MassX/MassY hold coordinate sums while building, the centre of mass after.</summary>
    private record struct Cell
    {
        public double CentreX;
        public double CentreY;
        public double Half;
        public double SideSquared;
        public double MassX;
        public double MassY;
        public int Count;
        public int FirstChild;
        public int Point;

        public readonly int Quadrant(double x, double y) => (x >= CentreX ? 1 : 0) + (y >= CentreY ? 2 : 0);

        public readonly bool Contains(double x, double y) => Math.Abs(x - CentreX) <= Half && Math.Abs(y - CentreY) <= Half;
    }
}
