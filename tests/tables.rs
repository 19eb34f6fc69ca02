//! The table checks of the build script (`build/tsv.rs`): a bad table is
//! rejected with `tables/X.tsv:LINE: reason`, and every shipped table passes.

#[path = "../build/tsv.rs"]
#[allow(dead_code)]
mod tsv;

fn error(text: &str) -> String {
    tsv::parse("tables/x.tsv", text)
        .map(|_| ())
        .unwrap_err()
        .to_string()
}

fn unique_error(text: &str) -> String {
    let t = tsv::parse("tables/x.tsv", text).unwrap();
    t.check_unique(&[0], &[1]).unwrap_err().to_string()
}

#[test]
fn bad_tables_are_rejected_with_file_line_and_reason() {
    assert_eq!(error(""), "tables/x.tsv:1: missing header row");
    assert_eq!(error("from\tto\n"), "tables/x.tsv:1: missing column `source`");
    assert_eq!(
        error("a\ta\tsource\n"),
        "tables/x.tsv:1: column `a` appears twice"
    );
    assert_eq!(
        error("from\tto\tsource\nx\ty\n"),
        "tables/x.tsv:2: expected 3 fields, found 2"
    );
    assert_eq!(
        error("from\tto\tsource\nx\ty\ts\nx\t\ts\n"),
        "tables/x.tsv:3: empty field `to`"
    );
    assert_eq!(
        error("from\tto\tsource\n\u{1100}\u{1161}\t가\ts\n"),
        "tables/x.tsv:2: field `from` is not in NFC"
    );
    assert_eq!(
        error("from\tto\tsource\n x\ty\ts\n"),
        "tables/x.tsv:2: field `from` has surrounding white space"
    );
    assert_eq!(
        error("from\tto\tsource\nx\ty\ts\n\nz\ty\ts\n"),
        "tables/x.tsv:3: blank line"
    );
    assert_eq!(
        unique_error("from\tto\tsource\nx\ty\ts\nx\ty\tt\n"),
        "tables/x.tsv:3: duplicate key `x` (first at line 2)"
    );
    assert_eq!(
        unique_error("from\tto\tsource\nx\ty\ts\nx\tz\ts\n"),
        "tables/x.tsv:3: conflicting value for key `x`: `z` here, `y` at line 2"
    );
}

#[test]
fn good_tables_parse() {
    let t = tsv::parse("tables/x.tsv", "from\tto\tsource\r\nx\ty\ts\r\n").unwrap();
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.rows[0].line, 2);
    assert_eq!(t.column("to").unwrap(), 1);
    assert_eq!(tsv::parse_code_points("U+0041 U+0301").unwrap(), "A\u{301}");
    assert_eq!(tsv::parse_code_points("none").unwrap(), "");
    assert!(tsv::parse_code_points("U+D800").is_err());
    assert!(tsv::parse_code_points("0041").is_err());
}

#[test]
fn every_shipped_table_passes_and_has_a_source_for_every_row() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tables");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "tsv") {
            continue;
        }
        let name = format!("tables/{}", path.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(&path).unwrap();
        let table = tsv::parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        assert!(!table.rows.is_empty(), "{name} is empty");
        table.column("source").unwrap();
        let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            readme.contains(&file),
            "tables/README.md does not describe {file}"
        );
        n += 1;
    }
    assert!(n >= 1);
}
