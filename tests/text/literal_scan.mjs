// literal_scan.mjs — finds English prose written as C++ string literals outside the string
// tables (data/strings/): every text a reader sees must come from a table (issue #13).
//
// Usage: node tests/text/literal_scan.mjs ROOT [--write-baseline]
// A literal counts as prose when, after comments are stripped, it holds a word of two or more
// letters and either a space or a leading capital ("Share link", "Undo", "%d of %d parties").
// Not prose: ids and keys ("btn.share", "armistice.theme"), ImGui ids ("##list"), format-only
// strings ("%.1f"), #include lines, static_assert/assert messages (never shown), and a line
// marked `// i18n-exempt: <why>` (a product name, a JSON field, a file format's own words), and
// the lines between `// i18n-exempt-begin: <why>` and `// i18n-exempt-end`.
// The baseline (tests/text/literal_baseline.txt: "count path" per line) is a ratchet while the
// migration is under way: the test fails if a file holds MORE prose literals than its baseline
// (new English must go into a table) or fewer (then lower the baseline: --write-baseline), and
// prints the total still to move. A file not in the baseline must hold none.
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
const write = process.argv.includes('--write-baseline');
const dirs = ['src/ui', 'src/app', 'src/cli', 'src/engine', 'src/persist', 'src/site', 'src/text'];
const baselinePath = path.join(root, 'tests/text/literal_baseline.txt');

function files(dir) {
    const out = [];
    for (const e of fs.readdirSync(path.join(root, dir), {withFileTypes: true})) {
        const rel = path.posix.join(dir, e.name);
        if (e.isDirectory()) out.push(...files(rel));
        else if (/\.(cpp|h)$/.test(e.name)) out.push(rel);
    }
    return out.sort();
}

// The string literals of one source line (after block/line comments are removed), with the
// line's text; raw strings and character literals are skipped.
function literals(source) {
    const out = [];
    let line = 1, i = 0, inBlock = false;
    const lines = source.split('\n');
    let block = false;
    for (const text of lines) {
        if (/\/\/\s*i18n-exempt-begin:/.test(text)) block = true;
        if (/\/\/\s*i18n-exempt-end/.test(text)) block = false;
        const exempt = block || /\/\/\s*i18n-exempt:/.test(text);
        const skipLine = /^\s*#\s*include|static_assert|\bassert\s*\(/.test(text);
        let j = 0;
        while (j < text.length) {
            if (inBlock) {
                const end = text.indexOf('*/', j);
                if (end < 0) { j = text.length; break; }
                inBlock = false; j = end + 2; continue;
            }
            const c = text[j];
            if (c === '/' && text[j + 1] === '/') break;
            if (c === '/' && text[j + 1] === '*') { inBlock = true; j += 2; continue; }
            if (c === "'") {  // a character literal ('"', '\'')
                const end = text.indexOf("'", j + (text[j + 1] === '\\' ? 3 : 2));
                j = end < 0 ? text.length : end + 1; continue;
            }
            if (c === 'R' && text[j + 1] === '"') { j = text.length; break; }  // raw string
            if (c === '"') {
                let k = j + 1, s = '';
                while (k < text.length && text[k] !== '"') {
                    if (text[k] === '\\') { s += text.slice(k, k + 2); k += 2; } else s += text[k++];
                }
                if (!exempt && !skipLine) out.push({line, s});
                j = k + 1; continue;
            }
            j++;
        }
        line++;
    }
    return out;
}

function prose(s) {
    const t = s.replace(/\\[nt"\\]/g, ' ').replace(/%[-+ #0]*\d*(\.\d+)?[a-zA-Z]+/g, ' ');
    if (/^#/.test(s) || /^\s*$/.test(t)) return false;
    if (!/[A-Za-z]{2,}/.test(t)) return false;
    if (/^[a-z0-9_.:\-/+*=<>\[\]{}()]+$/.test(t)) return false;  // ids, keys, paths, switches
    if (/^(-{1,2}[a-z])/.test(t) && !/ [a-z]{3,} [a-z]{3,}/.test(t)) return false;  // CLI flags
    return /\s/.test(t.trim()) || /^[A-Z][a-z]/.test(t.trim());
}

const counts = new Map();
const samples = new Map();
for (const dir of dirs) {
    if (!fs.existsSync(path.join(root, dir))) continue;
    for (const f of files(dir)) {
        const found = literals(fs.readFileSync(path.join(root, f), 'utf8')).filter((l) => prose(l.s));
        if (found.length) {
            counts.set(f, found.length);
            samples.set(f, found.slice(0, 3).map((l) => `${f}:${l.line}: "${l.s.slice(0, 60)}"`));
        }
    }
}

if (write) {
    const lines = [...counts].sort().map(([f, n]) => `${n} ${f}`);
    fs.writeFileSync(baselinePath, lines.join('\n') + '\n');
    console.log(`wrote ${baselinePath}: ${lines.length} files`);
    process.exit(0);
}

const baseline = new Map();
for (const l of fs.readFileSync(baselinePath, 'utf8').split('\n')) {
    const m = /^(\d+) (.+)$/.exec(l.trim());
    if (m) baseline.set(m[2], Number(m[1]));
}
let failed = false, total = 0;
for (const [f, n] of counts) {
    total += n;
    const allowed = baseline.get(f) ?? 0;
    if (n > allowed) {
        failed = true;
        console.log(`${f}: ${n} English literals, baseline ${allowed}: put the new text in ` +
                    `data/strings/en/*.csv and use text::Strings. For example:`);
        for (const s of samples.get(f)) console.log(`  ${s}`);
    } else if (n < allowed) {
        failed = true;
        console.log(`${f}: ${n} English literals, fewer than the baseline ${allowed}: lower it ` +
                    `(node tests/text/literal_scan.mjs . --write-baseline)`);
    }
}
for (const [f, n] of baseline) {
    if (!counts.has(f) && n > 0) {
        failed = true;
        console.log(`${f}: no English literal left (baseline ${n}): remove its baseline line`);
    }
}
console.log(`${total} English literals in ${counts.size} files still to move into the string tables`);
process.exit(failed ? 1 : 0);
