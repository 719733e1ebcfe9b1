//! Every example in every help parses with the real clap definition and is shown whole.

use clap::CommandFactory;

/// Every `kfk ...` command in an example line of every help, split as a shell would
/// (quotes, pipes, `&&`, `;`, `&`, trailing `#` comments, and lines continued with `\`).
fn example_commands(help: &str) -> Vec<(String, Vec<String>)> {
    let mut commands = Vec::new();
    let mut lines = Vec::new();
    let mut continued: Option<String> = None;
    for line in help
        .lines()
        .skip_while(|l| l.trim() != "Examples:")
        .skip(1)
        .filter(|l| l.starts_with("  "))
    {
        let whole = match continued.take() {
            Some(start) => format!("{start} {}", line.trim()),
            None => line.to_string(),
        };
        match whole.strip_suffix('\\') {
            Some(start) => continued = Some(start.trim_end().to_string()),
            None => lines.push(whole),
        }
    }
    for line in lines {
        let words = shell_words(line.trim());
        let separators = ["|", "||", "&&", ";", "&", ">", ">>", "<", "do", "done"];
        for segment in words.split(|w| separators.contains(&w.as_str())) {
            if segment.first().map(String::as_str) == Some("kfk") {
                commands.push((line.to_string(), segment.to_vec()));
            }
        }
    }
    commands
}

fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '#') if !in_word => break,
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, ';' | '|' | '&' | '>' | '<') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
                let mut op = c.to_string();
                if chars.peek() == Some(&c) {
                    op.push(c);
                    chars.next();
                }
                words.push(op);
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Each command's path, its rendered help, and its examples as written.
type Help = (Vec<String>, String, String);

fn walk(command: &mut clap::Command, path: Vec<String>, found: &mut Vec<Help>) {
    let help = command.render_long_help().to_string();
    let written = command
        .get_after_help()
        .map(|text| text.to_string())
        .unwrap_or_default();
    found.push((path.clone(), help, written));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        if let Some(sub) = command.find_subcommand_mut(&name) {
            let mut deeper = path.clone();
            deeper.push(name);
            walk(sub, deeper, found);
        }
    }
}

#[test]
fn every_example_parses_and_fits_on_a_line() {
    let mut root = super::Cli::command();
    root.build();
    let mut helps = Vec::new();
    walk(&mut root, Vec::new(), &mut helps);
    let mut checked = 0;
    let mut wrapped = Vec::new();
    for (path, help, written) in &helps {
        // An example wrapped by the help renderer would no longer appear whole.
        for line in written.lines().skip(1) {
            if !help.lines().any(|shown| shown == line) {
                wrapped.push(format!("kfk {}: {line}", path.join(" ")));
            }
        }
        for (line, words) in example_commands(help) {
            // Shell variables in loops stand for numbers.
            let words: Vec<String> = words
                .into_iter()
                .map(|w| if w.starts_with('$') { "1".into() } else { w })
                .collect();
            if let Err(err) = super::Cli::command().try_get_matches_from(&words) {
                panic!(
                    "`kfk {}` has an example that does not parse: {line}\n{err}",
                    path.join(" ")
                );
            }
            checked += 1;
        }
    }
    assert!(
        wrapped.is_empty(),
        "examples shown wrapped:\n{}",
        wrapped.join("\n")
    );
    assert!(checked > 40, "only {checked} examples found");
}
