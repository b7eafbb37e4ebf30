/// Proleptic Gregorian calendar arithmetic on plain integers (no Foundation `Calendar`).
/// Day numbers count days since 1970-01-01 (which is day 0, a Thursday).
public enum CalendarMath {
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// 28...31; 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Inverse of `dayNumber` (H. Hinnant's `civil_from_days`).
    public static func date(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
    @inline(__always)
    static func weekday(dayNumber z: Int) -> Int {
        ((z % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// 1 = Monday ... 7 = Sunday.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        weekday(dayNumber: dayNumber(year: year, month: month, day: day))
    }

    /// `d` shifted by `n` days. `d` must be complete; an incomplete date is returned unchanged.
    public static func addDays(_ d: PartialDate, _ n: Int) -> PartialDate {
        guard let y = d.year, let m = d.month, let day = d.day else { return d }
        let r = date(dayNumber: dayNumber(year: y, month: m, day: day) + n)
        return PartialDate(year: r.year, month: r.month, day: r.day)
    }

    /// Years, newest first, in `range` whose `month`/`day` falls on `weekday` (1 = Monday ... 7 = Sunday).
    /// "said Tuesday" + "September 9" → [2025, 2014, 2008, 2003] for 2000...2025.
    public static func yearsMatching(month: Int, day: Int, weekday wd: Int, in range: ClosedRange<Int>) -> [Int] {
        guard (1...12).contains(month), (1...7).contains(wd), day >= 1 else { return [] }
        var out: [Int] = []
        var y = range.upperBound
        while y >= range.lowerBound {
            if day <= daysInMonth(year: y, month: month), weekday(year: y, month: month, day: day) == wd {
                out.append(y)
            }
            y -= 1
        }
        return out
    }
}
