/// The mutable state of one depth-first search of ``FormAssembler``, iterative so that a
/// pool of thousands of units cannot overflow a thread's stack.
struct FormSearch {
    let assembler: FormAssembler
    let permutation: [Int]
    let respectingEnemies: Bool
    /// Items chosen per area.
    var counts: [Int]
    /// Items per area in the units at positions ≥ the current one (undecided).
    var remaining: [Int]
    /// Per unit, how many chosen units hold one of its enemies.
    var blocked: [Int]
    /// Per position, the branch taken: 0…(size − minimum) includes size − branch items; the
    /// next value excludes the unit.
    var branch: [Int]
    var total = 0

    init(assembler: FormAssembler, permutation: [Int], respectingEnemies: Bool) {
        self.assembler = assembler
        self.permutation = permutation
        self.respectingEnemies = respectingEnemies
        counts = [Int](repeating: 0, count: assembler.lower.count)
        remaining = counts
        for unit in permutation {
            for area in assembler.unitAreas[unit] { remaining[area] += 1 }
        }
        blocked = [Int](repeating: 0, count: assembler.units.count)
        branch = [Int](repeating: -1, count: permutation.count)
    }

    mutating func run() -> FormAssembler.Outcome {
        var position = 0
        var nodes = 0
        var returning = false
        while true {
            if !returning {
                nodes += 1
                if nodes > assembler.searchLimit { return .limitReached(nodes: assembler.searchLimit) }
                if total == assembler.length && deficit == 0 { return .found(chosen(upTo: position)) }
                if position == permutation.count || !isPromising {
                    guard let previous = backtrack(from: position) else { return .exhausted }
                    position = previous
                    returning = true
                    continue
                }
                for area in assembler.unitAreas[permutation[position]] { remaining[area] -= 1 }
                branch[position] = -1
            }
            if advance(at: position) {
                position += 1
                returning = false
                continue
            }
            for area in assembler.unitAreas[permutation[position]] { remaining[area] += 1 }
            guard let previous = backtrack(from: position) else { return .exhausted }
            position = previous
            returning = true
        }
    }

    /// Takes the next untried branch at `position`; false when none is left.
    mutating func advance(at position: Int) -> Bool {
        let unit = permutation[position]
        let size = assembler.units[unit].items.count
        let includeBranches = size - assembler.minimumSize[unit] + 1
        var next = branch[position] + 1
        while next < includeBranches {
            if include(unit, size: size - next) {
                branch[position] = next
                return true
            }
            next += 1
        }
        guard next == includeBranches else { return false }
        branch[position] = next  // exclude
        return true
    }

    /// Steps back to the previous position, undoing its branch; nil at the root.
    mutating func backtrack(from position: Int) -> Int? {
        guard position > 0 else { return nil }
        let previous = position - 1
        let unit = permutation[previous]
        let size = assembler.units[unit].items.count
        if branch[previous] < size - assembler.minimumSize[unit] + 1 {
            remove(unit, size: size - branch[previous])
        }
        return previous
    }

    mutating func include(_ unit: Int, size: Int) -> Bool {
        guard !respectingEnemies || blocked[unit] == 0, total + size <= assembler.length else { return false }
        let areas = assembler.unitAreas[unit]
        for k in 0..<size { counts[areas[k]] += 1 }
        for k in 0..<size where counts[areas[k]] > assembler.upper[areas[k]] {
            for j in 0..<size { counts[areas[j]] -= 1 }
            return false
        }
        total += size
        for enemy in assembler.unitEnemies[unit] { blocked[enemy] += 1 }
        return true
    }

    mutating func remove(_ unit: Int, size: Int) {
        let areas = assembler.unitAreas[unit]
        for k in 0..<size { counts[areas[k]] -= 1 }
        total -= size
        for enemy in assembler.unitEnemies[unit] { blocked[enemy] -= 1 }
    }

    /// Σ max(0, m_a − c_a).
    var deficit: Int {
        var sum = 0
        for area in counts.indices { sum += max(0, assembler.lower[area] - counts[area]) }
        return sum
    }

    /// The three cuts of ``FormAssembler``.
    var isPromising: Bool {
        let places = assembler.length - total
        var deficit = 0
        var capacity = 0
        for area in counts.indices {
            if counts[area] + remaining[area] < assembler.lower[area] { return false }
            deficit += max(0, assembler.lower[area] - counts[area])
            capacity += min(assembler.upper[area] - counts[area], remaining[area])
        }
        return deficit <= places && capacity >= places
    }

    func chosen(upTo position: Int) -> [(unit: Int, size: Int)] {
        var result: [(unit: Int, size: Int)] = []
        for p in 0..<position {
            let unit = permutation[p]
            let size = assembler.units[unit].items.count
            if branch[p] < size - assembler.minimumSize[unit] + 1 { result.append((unit, size - branch[p])) }
        }
        return result
    }
}
