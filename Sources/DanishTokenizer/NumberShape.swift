/// The digit groups and separators of a token made of digits and ".,:/-" only, and what they spell.
///
/// Danish writes thousands with dots in groups of three and decimals with a comma, so "d.dd" or "dd.dd" cannot be a
/// number and is read as a clock time; "d.m.yyyy", "d/m-yy" and "d-m-yyyy" are dates when day and month are valid.
struct NumberShape {
    private(set) var values: [Int] = []
    private(set) var widths: [Int] = []
    private(set) var separators: [UInt8] = []

    /// Parses `bytes`; returns nil for more than four groups or an empty group.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var value = 0
        var width = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 {
                value = width < 9 ? value * 10 + Int(b - 0x30) : value
                width += 1
                continue
            }
            guard width > 0, values.count < 4 else { return nil }
            values.append(value)
            widths.append(width)
            separators.append(b)
            value = 0
            width = 0
        }
        guard width > 0 else { return nil }
        values.append(value)
        widths.append(width)
    }

    /// The token kind; `afterTimeMarker` is true right after "kl.".
    func kind(afterTimeMarker: Bool) -> TokenKind {
        switch separators.count {
        case 0:
            return afterTimeMarker && values[0] <= 24 ? .time : .number
        case 1:
            if clockTime(0) != nil, separators[0] == 0x3A || widths[0] == 2 || afterTimeMarker {
                return .time
            }
            return isCaseNumber ? .caseNumber : .number
        case 2:
            if date != nil { return .date }
            return isCaseNumber ? .caseNumber : .number
        default:
            return .number
        }
    }

    /// The hour and minute when the groups from `index` on read "h.mm" or "h:mm".
    func clockTime(_ index: Int) -> (hour: Int, minute: Int)? {
        guard index + 1 < values.count, separators[index] == 0x2E || separators[index] == 0x3A else {
            return nil
        }
        guard widths[index] <= 2, widths[index + 1] == 2 else { return nil }
        let hour = values[index]
        let minute = values[index + 1]
        guard hour <= 24, minute <= 59, hour < 24 || minute == 0 else { return nil }
        return (hour, minute)
    }

    /// Year, month and day for "16.01.2020", "19/12-15", "14-02-2024" or "2024-02-14".
    var date: (year: Int, month: Int, day: Int)? {
        guard values.count == 3 else { return nil }
        let first = separators[0]
        let second = separators[1]
        if widths[0] == 4, widths[1] <= 2, widths[2] <= 2, first == 0x2D, second == 0x2D {
            return CalendarDate.validated(year: values[0], month: values[1], day: values[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 2 || widths[2] == 4 else { return nil }
        let dotted = first == 0x2E && second == 0x2E
        let dashed = first == 0x2D && second == 0x2D
        let slashed = first == 0x2F && (second == 0x2D || second == 0x2F)
        guard dotted || dashed || slashed else { return nil }
        let year = widths[2] == 2 ? CalendarDate.fullYear(values[2]) : values[2]
        return CalendarDate.validated(year: year, month: values[1], day: values[0])
    }

    /// "2019-065072-9", "2019-065072": a year, a five- or six-digit serial, an optional check digit.
    var isCaseNumber: Bool {
        guard separators.allSatisfy({ $0 == 0x2D }), widths[0] == 4, (5...6).contains(widths[1]) else {
            return false
        }
        return values.count == 2 || values.count == 3 && widths[2] <= 2
    }
}
