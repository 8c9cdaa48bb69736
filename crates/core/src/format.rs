//! Numbers as the team reads them: yuan with thousands separators, rates as
//! percentages, and the inverse for what they type into a form.

/// Whole yuan with thousands separators ("¥1,234,568"); cents are shown only
/// below 100 yuan, where they matter ("¥9.90").
pub fn money(value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let value = value.abs();
    if value < 100.0 && value.fract().abs() > 0.004 {
        return format!("{sign}¥{value:.2}");
    }
    format!("{sign}¥{}", grouped(value.round() as u64))
}

/// A whole number with thousands separators ("50,000").
pub fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A fraction as a percentage with up to two decimals ("5%", "3.25%").
pub fn percent(rate: f64) -> String {
    // Adding 0.0 turns -0.0 (an empty sum, say) into 0.0, so it never reads "-0%".
    let text = format!("{:.2}", rate * 100.0 + 0.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}%")
}

/// A multiple, as ROI is said: "3.57×" (at most two decimals).
pub fn times(value: f64) -> String {
    format!("{}×", plain((value * 100.0).round() / 100.0))
}

/// A count that must be reached, rounded up: 1,041,666.7 viewers → "1,041,667".
pub fn count_up(value: f64) -> String {
    grouped(value.max(0.0).ceil() as u64)
}

/// A length of time as minutes and seconds ("13:05"; "75:00" for 75 minutes).
pub fn duration(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A difference in time with its sign ("+2:30", "-1:00", "±0:00").
pub fn signed_duration(seconds: i64) -> String {
    let sign = match seconds.signum() {
        1 => "+",
        -1 => "-",
        _ => "±",
    };
    format!("{sign}{}", duration(seconds.unsigned_abs()))
}

/// A number as a form shows it: no separators, no float noise
/// (0.05 × 100 reads "5", not "5.000000000000001").
pub fn plain(value: f64) -> String {
    format!("{}", (value * 1e6).round() / 1e6)
}

/// What was typed into a number field is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

/// A typed number: spaces, thousands separators, "¥" and "%" are ignored;
/// an empty field is `Ok(None)`; anything else unreadable is an error.
pub fn parse_number(text: &str) -> Result<Option<f64>, NotANumber> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '，' | '¥' | '￥' | '%' | '％'))
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    match cleaned.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(NotANumber),
    }
}

/// A list typed one item a line: lines trimmed, blank ones dropped.
pub fn list_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_like_a_price_tag() {
        assert_eq!(money(413_000.0), "¥413,000");
        assert_eq!(money(1_234_567.6), "¥1,234,568");
        assert_eq!(money(9.9), "¥9.90");
        assert_eq!(money(0.0), "¥0");
        assert_eq!(money(-2500.0), "-¥2,500");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
    }

    #[test]
    fn rates_read_as_percentages() {
        assert_eq!(percent(0.05), "5%");
        assert_eq!(percent(0.0325), "3.25%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(-0.0), "0%");
        assert_eq!(plain(0.05 * 100.0), "5");
        assert_eq!(plain(413000.0), "413000");
        assert_eq!(plain(9.9), "9.9");
        assert_eq!(times(1.0 / 0.28), "3.57×");
        assert_eq!(times(5.0), "5×");
        assert_eq!(count_up(1_041_666.67), "1,041,667");
        assert_eq!(count_up(75.0), "75");
        assert_eq!(duration(785), "13:05");
        assert_eq!(signed_duration(-60), "-1:00");
        assert_eq!(signed_duration(150), "+2:30");
        assert_eq!(signed_duration(0), "±0:00");
    }

    #[test]
    fn typed_numbers_forgive_separators_but_not_words() {
        assert_eq!(parse_number(" ¥5,000,000 "), Ok(Some(5_000_000.0)));
        assert_eq!(parse_number("5%"), Ok(Some(5.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("abc"), Err(NotANumber));
        assert_eq!(parse_number("inf"), Err(NotANumber));
        assert_eq!(list_lines(" a \n\n b\r\n"), ["a", "b"]);
    }
}
