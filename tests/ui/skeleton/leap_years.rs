//@ run-pass
// Leap years in the Gregorian calendar, days in months and day-of-year.

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    if month == 2 {
        if is_leap(year) { 29 } else { 28 }
    } else if month == 4 || month == 6 || month == 9 || month == 11 {
        30
    } else {
        31
    }
}

fn day_of_year(year: i32, month: u32, day: u32) -> u32 {
    let mut total = day;
    let mut m = 1;
    while m < month {
        total += days_in_month(year, m);
        m += 1;
    }
    total
}

fn main() {
    println!("1900: {}", is_leap(1900));
    println!("2000: {}", is_leap(2000));
    println!("2023: {}", is_leap(2023));
    println!("2024: {}", is_leap(2024));
    let mut count = 0;
    let mut y = 1600;
    while y <= 2400 {
        if is_leap(y) {
            count += 1;
        }
        y += 1;
    }
    println!("{} leap years from 1600 to 2400", count);
    println!("day {} of 2024", day_of_year(2024, 12, 31));
    println!("day {} of 2023", day_of_year(2023, 3, 1));
    println!("day {} of 2024", day_of_year(2024, 3, 1));
}
