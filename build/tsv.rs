//! Reading and validating the TSV tables under `tables/`.
//!
//! Shared by the build script (which compiles the tables) and by
//! `tests/tables.rs` (which proves that a bad table is rejected with the right
//! message). Every error names the place: `tables/X.tsv:LINE: reason`.

use std::collections::HashMap;
use std::fmt;

/// A table that passed the checks every table must pass.
#[derive(Debug)]
pub struct Table {
    pub path: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// One data row, with its 1-based line number in the file.
#[derive(Debug)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Why a table was rejected, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct TableError {
    pub path: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.reason)
    }
}

impl Table {
    /// Index of a column by its header name.
    pub fn column(&self, name: &str) -> Result<usize, TableError> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| TableError {
                path: self.path.clone(),
                line: 1,
                reason: format!("missing column `{name}`"),
            })
    }

    pub fn error(&self, line: usize, reason: impl Into<String>) -> TableError {
        TableError {
            path: self.path.clone(),
            line,
            reason: reason.into(),
        }
    }

    /// Rejects a key (the given columns) that appears twice: with the same
    /// value as a duplicate, with another value as a conflict.
    pub fn check_unique(&self, key: &[usize], value: &[usize]) -> Result<(), TableError> {
        let mut seen: HashMap<Vec<&str>, (usize, Vec<&str>)> = HashMap::new();
        for row in &self.rows {
            let k: Vec<&str> = key.iter().map(|&i| row.fields[i].as_str()).collect();
            let v: Vec<&str> = value.iter().map(|&i| row.fields[i].as_str()).collect();
            if let Some((first, old)) = seen.get(&k) {
                let reason = if *old == v {
                    format!("duplicate key `{}` (first at line {first})", k.join(" "))
                } else {
                    format!(
                        "conflicting value for key `{}`: `{}` here, `{}` at line {first}",
                        k.join(" "),
                        v.join(" "),
                        old.join(" ")
                    )
                };
                return Err(self.error(row.line, reason));
            }
            seen.insert(k, (row.line, v));
        }
        Ok(())
    }
}

/// Parses `text` (the contents of `path`) and applies the checks every table
/// must pass: a header with a `source` column and no repeated column, the same
/// number of fields on every line, no empty field, no blank line, no field with
/// surrounding white space, and all text in NFC.
pub fn parse(path: &str, text: &str) -> Result<Table, TableError> {
    let err = |line: usize, reason: String| TableError {
        path: path.to_string(),
        line,
        reason,
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = text.split('\n').enumerate().map(|(i, l)| (i + 1, l));
    let header: Vec<String> = match lines.next() {
        Some((_, h)) if !h.trim().is_empty() => {
            h.trim_end_matches('\r').split('\t').map(String::from).collect()
        }
        _ => return Err(err(1, "missing header row".into())),
    };
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            return Err(err(1, format!("empty column name in column {}", i + 1)));
        }
        if header[..i].contains(name) {
            return Err(err(1, format!("column `{name}` appears twice")));
        }
    }
    if !header.iter().any(|h| h == "source") {
        return Err(err(1, "missing column `source`".into()));
    }
    let mut rows = Vec::new();
    let mut last_line = 0;
    for (line, raw) in lines {
        last_line = line;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.is_empty() {
            continue; // checked below: only the final newline may leave one
        }
        let fields: Vec<String> = raw.split('\t').map(String::from).collect();
        if fields.len() != header.len() {
            return Err(err(
                line,
                format!("expected {} fields, found {}", header.len(), fields.len()),
            ));
        }
        for (name, field) in header.iter().zip(&fields) {
            if field.is_empty() {
                return Err(err(line, format!("empty field `{name}`")));
            }
            if field.trim() != field {
                return Err(err(line, format!("field `{name}` has surrounding white space")));
            }
            if !unicode_normalization::is_nfc(field) {
                return Err(err(line, format!("field `{name}` is not in NFC")));
            }
        }
        rows.push(Row { line, fields });
    }
    // A blank line anywhere but at the very end is an error.
    for (line, raw) in text.split('\n').enumerate().map(|(i, l)| (i + 1, l)) {
        if raw.trim_end_matches('\r').is_empty() && line != last_line {
            return Err(err(line, "blank line".into()));
        }
    }
    Ok(Table {
        path: path.to_string(),
        header,
        rows,
    })
}

/// Parses a code point sequence written as `U+0041 U+0301`, or `none` for
/// the empty string.
pub fn parse_code_points(field: &str) -> Result<String, String> {
    if field == "none" {
        return Ok(String::new());
    }
    field
        .split(' ')
        .map(|cp| {
            let hex = cp
                .strip_prefix("U+")
                .ok_or_else(|| format!("`{cp}` is not of the form U+XXXX"))?;
            if !(4..=6).contains(&hex.len()) {
                return Err(format!("`{cp}` is not of the form U+XXXX"));
            }
            u32::from_str_radix(hex, 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| format!("`{cp}` is not a Unicode scalar value"))
        })
        .collect()
}
