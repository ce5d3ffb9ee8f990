import Foundation
import Synchronization

/// A toy target's support projected onto sets of positions, with the denoiser's tempered
/// conditionals: what the revealed-set evaluation (`revealedSetOutputDistribution`) reads, made
/// once per target and temperature and shared by every cell of a plane (docs/theory.md §9).
///
/// For a set S of positions (a bit mask: position i is bit i, so targets of up to 64 tokens),
/// the support sequences fall into *groups* by their tokens x_S on S; a group's mass is
/// q(x_S) = Σ_{x′ : x′_S = x_S} q(x′). The denoiser at a position i ∉ S given the context x_S is
/// q(x_i | x_S) = q(x_{S∪i}) / q(x_S), and the sampler draws from it tempered,
/// q̃(v | x_S) ∝ q(v | x_S)^{1/τ} (the argmax at τ = 0, ties to the lowest token).
///
/// Groups are numbered in the order of their first support sequence and masses are summed in
/// support order, so every conditional equals the one `ToyTarget.marginals(over:)` gives for
/// the same context, to the last bit.
///
/// Memory is bounded: projections are kept until they hold `cachedGroupLimit` group entries in
/// all (4 bytes per support sequence and 16 per group); past that, new ones are computed for
/// each use and not kept.
final class SupportProjections: Sendable {
    /// The support grouped by its tokens on one set of positions.
    struct Projection: Sendable {
        /// The group of each support sequence.
        let group: [Int32]
        /// The first support sequence of each group.
        let representative: [Int32]
        /// q(x_S) of each group.
        let mass: [Double]

        var count: Int { representative.count }
    }

    /// Support sequences and groups, summed over the kept projections, beyond which no more are
    /// kept (about 100 MB).
    static let cachedGroupLimit = 1 << 24

    let target: ToyTarget
    let temperature: Double
    private let cache = Mutex(Cache())

    private struct Cache {
        var projections: [UInt64: Projection] = [:]
        var conditionals: [ConditionalKey: [Double]] = [:]
        var scores: [ConditionalKey: [Double]] = [:]
        var entries = 0
    }

    private struct ConditionalKey: Hashable {
        let set: UInt64
        let position: Int
    }

    /// Whether a target is short enough for position sets as bit masks.
    static func supports(_ target: ToyTarget) -> Bool { target.length <= 64 }

    /// The order the kept scores are for (margin or entropy; unused for random order).
    let order: RevealOrder

    init(target: ToyTarget, temperature: Double, order: RevealOrder = .random) {
        precondition(Self.supports(target), "position sets are 64-bit masks")
        self.target = target
        self.temperature = temperature
        self.order = order
    }

    /// The projection onto `set`, built from the projection onto `set` without its highest
    /// position; `built` counts the projections computed (not found kept) for the caller's
    /// work accounting.
    func projection(onto set: UInt64, built: inout Int) -> Projection {
        if let kept = cache.withLock({ $0.projections[set] }) { return kept }
        built += 1
        let projection: Projection
        if set == 0 {
            var total = 0.0
            for p in target.probabilities { total += p }
            projection = Projection(group: Array(repeating: 0, count: target.sequences.count), representative: [0], mass: [total])
        } else {
            let position = 63 - set.leadingZeroBitCount
            projection = refine(self.projection(onto: set & ~(1 << UInt64(position)), built: &built), by: position)
        }
        keep { cache in
            guard cache.entries + projection.group.count + projection.count <= Self.cachedGroupLimit else { return }
            cache.entries += projection.group.count + projection.count
            cache.projections[set] = projection
        }
        return projection
    }

    /// q̃(x_i | x_S) for each group of S ∪ {i}, where i ∉ S: the tempered conditional of the
    /// group's token at i given its tokens on S.
    func conditional(at position: Int, given set: UInt64, built: inout Int) -> [Double] {
        kept(\.conditionals, at: position, given: set, built: &built) { parent, child, parentOf in
            let plain = (0..<child.count).map { child.mass[$0] / parent.mass[Int(parentOf[$0])] }
            guard temperature != 1 else { return plain }
            return tempered(plain, siblings: siblingRuns(of: child, parentOf: parentOf, at: position))
        }
    }

    /// The score under `order` (margin or entropy: `RevealOrder.score(of:)` of the untempered
    /// denoiser) of position i ∉ S for each group of S, which those orders rank positions by.
    func scores(at position: Int, given set: UInt64, built: inout Int) -> [Double] {
        kept(\.scores, at: position, given: set, built: &built) { parent, child, parentOf in
            var values = [Double](repeating: 0, count: parent.count)
            for run in siblingRuns(of: child, parentOf: parentOf, at: position) {
                let parentGroup = Int(parentOf[run[0]])
                values[parentGroup] = order.score(of: run.map { child.mass[$0] / parent.mass[parentGroup] })
            }
            return values
        }
    }

    /// A per-(S, i) table from `table` if kept, else computed from the projections onto S and
    /// S ∪ {i} (with each child group's parent) and kept while the cache has room.
    private func kept(
        _ table: WritableKeyPath<Cache, [ConditionalKey: [Double]]>, at position: Int, given set: UInt64, built: inout Int,
        _ compute: (_ parent: Projection, _ child: Projection, _ parentOf: [Int32]) -> [Double]
    ) -> [Double] {
        let key = ConditionalKey(set: set, position: position)
        if let kept = cache.withLock({ $0[keyPath: table][key] }) { return kept }
        let parent = projection(onto: set, built: &built)
        let child = projection(onto: set | (1 << UInt64(position)), built: &built)
        let values = compute(parent, child, child.representative.map { parent.group[Int($0)] })
        keep { cache in
            guard cache.entries + values.count <= Self.cachedGroupLimit else { return }
            cache.entries += values.count
            cache[keyPath: table][key] = values
        }
        return values
    }

    private func keep(_ body: (inout Cache) -> Void) {
        cache.withLock { body(&$0) }
    }

    /// Splits each group of the parent by its token at `position`.
    private func refine(_ parent: Projection, by position: Int) -> Projection {
        let size = target.vocabularySize
        var group = [Int32](repeating: 0, count: parent.group.count)
        var representative: [Int32] = []
        var mass: [Double] = []
        // A flat (parent group, token) → child table while it stays small, a dictionary beyond.
        let flat = parent.count * size <= 1 << 22
        var table = flat ? [Int32](repeating: -1, count: parent.count * size) : []
        var lookup: [Int: Int32] = [:]
        for (index, sequence) in target.sequences.enumerated() {
            let key = Int(parent.group[index]) * size + Int(sequence[position])
            var id = flat ? table[key] : lookup[key, default: -1]
            if id < 0 {
                id = Int32(representative.count)
                if flat { table[key] = id } else { lookup[key] = id }
                representative.append(Int32(index))
                mass.append(0)
            }
            mass[Int(id)] += target.probabilities[index]
            group[index] = id
        }
        return Projection(group: group, representative: representative, mass: mass)
    }

    /// The child groups of each parent group, by token: runs of child indices with the same
    /// parent, each run in token order (the order the denoiser's alphabet is summed in).
    private func siblingRuns(of child: Projection, parentOf: [Int32], at position: Int) -> [[Int]] {
        let token = child.representative.map { target.sequences[Int($0)][position] }
        let ordered = (0..<child.count).sorted { (parentOf[$0], token[$0]) < (parentOf[$1], token[$1]) }
        var runs: [[Int]] = []
        for index in ordered {
            if let last = runs.last?.last, parentOf[last] == parentOf[index] {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
        }
        return runs
    }

    /// `tempered(_:temperature:)` applied to each run of siblings (a distribution over the
    /// tokens that occur; the ones that do not have q = 0 and weight 0).
    private func tempered(_ plain: [Double], siblings runs: [[Int]]) -> [Double] {
        var values = plain
        for run in runs {
            let weights = UnmaskCore.tempered(run.map { plain[$0] }, temperature: temperature)
            for (slot, index) in run.enumerated() { values[index] = weights[slot] }
        }
        return values
    }
}
