/// Finds dates, times and time ranges over a token list.
///
/// Dates: a date token ("19.06.2018"), or [weekday] [filler] day month [year], where day is an ordinal or a
/// number 1–31 ("6. marts 2022", "Onsdag den 24.maj 2023", "d. 3 Maj 2011"). Times: [marker] time, where a bare
/// number counts only after a marker ("kl. 15"). Ranges: time, then a dash or a range word ("til"), then
/// [marker] time; an end written "15-00" (a typo for 15.00) is read as a time only when it is unambiguous.
struct DateTimeRecognizer {
    let tokens: [Token]
    let lexicon: DanishLexicon

    func spans() -> [DateTimeSpan] {
        var result: [DateTimeSpan] = []
        var i = 0
        while i < tokens.count {
            if let span = date(at: i) ?? time(at: i) {
                result.append(span)
                i = span.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    private func date(at start: Int) -> DateTimeSpan? {
        if tokens[start].kind == .date {
            guard let value = NumberShape(text: tokens[start].text)?.date,
                let date = CalendarDate(year: value.year, month: value.month, day: value.day)
            else { return nil }
            return span(.date, start, start + 1, date: date)
        }
        var i = start
        if lexicon.weekdays[tokens[i].text.lowercased()] != nil { i += 1 }
        if i < tokens.count, lexicon.dateFillers.contains(tokens[i].text.lowercased()) { i += 1 }
        guard i + 1 < tokens.count, let day = dayNumber(tokens[i]),
            let month = lexicon.monthNumber(tokens[i + 1].text)
        else { return nil }
        var end = i + 2
        var year: Int?
        if end < tokens.count, tokens[end].kind == .number, tokens[end].text.utf8.count == 4,
            let value = Int(tokens[end].text)
        {
            year = value
            end += 1
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return span(.date, start, end, date: date)
    }

    /// The day of an ordinal "16." or a number "3" (1–31).
    private func dayNumber(_ token: Token) -> Int? {
        var text = Substring(token.text)
        if token.kind == .ordinal {
            text = text.dropLast()
        } else if token.kind != .number {
            return nil
        }
        guard text.utf8.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    private func time(at start: Int) -> DateTimeSpan? {
        guard let (first, i) = clock(at: start) else { return nil }
        if i + 1 < tokens.count, isRangeJoiner(tokens[i]) {
            if let (second, afterSecond) = clock(at: i + 1) {
                return span(.timeRange, start, afterSecond, start: first, end: second)
            }
            if let second = typoTime(tokens[i + 1]) {
                return span(.timeRange, start, i + 2, start: first, end: second)
            }
        }
        return span(.time, start, i, start: first)
    }

    /// A time at `index`, optionally after a marker: the time and the index after it.
    private func clock(at index: Int) -> (ClockTime, Int)? {
        var i = index
        let marked = lexicon.timeMarkers.contains(tokens[i].text.lowercased())
        if marked { i += 1 }
        guard i < tokens.count else { return nil }
        let token = tokens[i]
        guard token.kind == .time || marked && token.kind == .number,
            let shape = NumberShape(text: token.text)
        else { return nil }
        if shape.separators.isEmpty {
            guard let time = ClockTime(hour: shape.values[0], minute: 0) else { return nil }
            return (time, i + 1)
        }
        guard let (hour, minute) = shape.clockTime(0), shape.values.count == 2,
            let time = ClockTime(hour: hour, minute: minute)
        else { return nil }
        return (time, i + 1)
    }

    /// "15-00" after a range dash: hour and minute joined by a hyphen.
    private func typoTime(_ token: Token) -> ClockTime? {
        guard token.kind == .number, let shape = NumberShape(text: token.text), shape.values.count == 2,
            shape.separators[0] == 0x2D, shape.widths[0] <= 2, shape.widths[1] == 2
        else { return nil }
        return ClockTime(hour: shape.values[0], minute: shape.values[1])
    }

    private func isRangeJoiner(_ token: Token) -> Bool {
        if token.kind == .punctuation {
            let c = token.text.unicodeScalars.first.map { CharClass.of($0.value) }
            return c == .dash || c == .hyphen
        }
        return token.kind == .word && lexicon.rangeWords.contains(token.text.lowercased())
    }

    private func span(
        _ kind: DateTimeSpan.Kind, _ start: Int, _ end: Int, date: CalendarDate? = nil,
        start time: ClockTime? = nil,
        end endTime: ClockTime? = nil
    ) -> DateTimeSpan {
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        return DateTimeSpan(
            kind: kind, tokens: start..<end, range: range, date: date, start: time, end: endTime)
    }
}

extension NumberShape {
    /// Parses the digits and separators of `text`.
    init?(text: String) {
        var copy = text
        guard let shape = copy.withUTF8({ NumberShape($0) }) else { return nil }
        self = shape
    }
}
