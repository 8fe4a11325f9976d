// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var NEWLINE: any;
declare var simple_kw: any;
declare var scope_kw: any;
declare var NAME: any;
declare var augop: any;
declare var INDENT: any;
declare var DEDENT: any;
declare var binop: any;
declare var unop: any;
declare var simple_atom: any;

import * as build from './build';
// postprocessors see nearley's untyped data arrays
const B: any = build;
const lexer: any = build.nearleyLexer;
const { cons1, consN, list, node, last } = B;
const first = (d: any[]) => d[0];
// Token classes: one scannable state per class instead of one per operator keeps the chart small.
var binop: any = B.tokenClass('OP KEYWORD', '| ^ & << >> + - * / // % @ ** < > == >= <= != in is and or not_in is_not');
var unop: any = B.tokenClass('OP KEYWORD', '- + ~ not await');
var simple_kw: any = B.tokenClass('KEYWORD', 'pass break continue');
var scope_kw: any = B.tokenClass('KEYWORD', 'global nonlocal');
var augop: any = B.tokenClass('OP', '+= -= *= @= /= %= &= |= ^= <<= >>= **= //=');
var simple_atom: any = { test: (t: any) => t.type === 'NAME' || t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'KEYWORD' ? t.text === 'None' || t.text === 'True' || t.text === 'False' : t.text === '...') };

interface NearleyToken {
  value: any;
  [key: string]: any;
};

interface NearleyLexer {
  reset: (chunk: string, info: any) => void;
  next: () => NearleyToken | undefined;
  save: () => any;
  formatError: (token: never) => string;
  has: (tokenType: string) => boolean;
};

interface NearleyRule {
  name: string;
  symbols: NearleySymbol[];
  postprocess?: (d: any[], loc?: number, reject?: {}) => any;
};

type NearleySymbol = string | { literal: any } | { test: (token: any) => boolean };

interface Grammar {
  Lexer: NearleyLexer | undefined;
  ParserRules: NearleyRule[];
  ParserStart: string;
};

const grammar: Grammar = {
  Lexer: lexer,
  ParserRules: [
    {"name": "file_input", "symbols": ["stmt"], "postprocess": first},
    {"name": "fexpr_input", "symbols": ["fexpr", (lexer.has("NEWLINE") ? {type: "NEWLINE"} : NEWLINE)], "postprocess": first},
    {"name": "fexpr", "symbols": ["tlist"], "postprocess": first},
    {"name": "fexpr", "symbols": ["yield_expr"], "postprocess": first},
    {"name": "stmt", "symbols": ["simple_stmt"], "postprocess": first},
    {"name": "stmt", "symbols": [{"literal":"if"}, "namedexpr_test", {"literal":":"}, "suite", "if_tail"], "postprocess": (d) => [node('If', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))]},
    {"name": "stmt", "symbols": [{"literal":"while"}, "namedexpr_test", {"literal":":"}, "suite", "else_block"], "postprocess": (d) => [node('While', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))]},
    {"name": "stmt", "symbols": [{"literal":"for"}, "target_list", {"literal":"in"}, "tlist", {"literal":":"}, "suite", "else_block"], "postprocess": (d) => [node('For', { target: d[1], iter: d[3], body: d[5], orelse: d[6] }, d[0], last(d[6].length ? d[6] : d[5]))]},
    {"name": "stmt", "symbols": [{"literal":"try"}, {"literal":":"}, "suite", "try_tail"], "postprocess": (d) => [node('Try', { body: d[2], handlers: d[3][0], orelse: d[3][1], finalbody: d[3][2] }, d[0], d[3][3])]},
    {"name": "stmt", "symbols": [{"literal":"with"}, "with_items", {"literal":":"}, "suite"], "postprocess": (d, _, reject) => B.parenthesizedItems(d[1]) ? reject : [node('With', { items: list(d[1]), body: d[3] }, d[0], last(d[3]))]},
    {"name": "stmt", "symbols": [{"literal":"with"}, {"literal":"("}, "with_items", {"literal":")"}, {"literal":":"}, "suite"], "postprocess": (d) => [node('With', { items: list(d[2]), body: d[5] }, d[0], last(d[5]))]},
    {"name": "stmt", "symbols": [{"literal":"with"}, {"literal":"("}, "with_items", {"literal":","}, {"literal":")"}, {"literal":":"}, "suite"], "postprocess": (d) => [node('With', { items: list(d[2]), body: d[6] }, d[0], last(d[6]))]},
    {"name": "stmt", "symbols": ["funcdef"], "postprocess": (d) => [d[0]]},
    {"name": "stmt", "symbols": ["classdef"], "postprocess": (d) => [d[0]]},
    {"name": "stmt", "symbols": ["decorators", "def_or_class"], "postprocess": (d) => [{ ...d[1], decorator_list: list(d[0]) }]},
    {"name": "simple_stmt", "symbols": ["small_stmt", (lexer.has("NEWLINE") ? {type: "NEWLINE"} : NEWLINE)], "postprocess": (d) => [d[0]]},
    {"name": "simple_stmt", "symbols": ["small_stmt", {"literal":";"}, (lexer.has("NEWLINE") ? {type: "NEWLINE"} : NEWLINE)], "postprocess": (d) => [d[0]]},
    {"name": "simple_stmt", "symbols": ["small_stmt", {"literal":";"}, "simple_stmt"], "postprocess": (d) => [d[0], ...d[2]]},
    {"name": "small_stmt", "symbols": [(lexer.has("simple_kw") ? {type: "simple_kw"} : simple_kw)], "postprocess": (d) => node(d[0].text === 'pass' ? 'Pass' : d[0].text === 'break' ? 'Break' : 'Continue', {}, d[0], d[0])},
    {"name": "small_stmt", "symbols": [{"literal":"return"}], "postprocess": (d) => node('Return', { value: null }, d[0], d[0])},
    {"name": "small_stmt", "symbols": [{"literal":"return"}, "tlist"], "postprocess": (d) => node('Return', { value: d[1] }, d[0], d[1])},
    {"name": "small_stmt", "symbols": [{"literal":"raise"}, "raise_tail"], "postprocess": (d) => d[1] ? node('Raise', { exc: d[1][0], cause: d[1][1] }, d[0], d[1][1] ?? d[1][0]) : node('Raise', { exc: null, cause: null }, d[0], d[0])},
    {"name": "small_stmt", "symbols": [(lexer.has("scope_kw") ? {type: "scope_kw"} : scope_kw), "names"], "postprocess": (d) => node(d[0].text === 'global' ? 'Global' : 'Nonlocal', { names: list(d[1]).map((t: any) => t.text) }, d[0], d[1].t)},
    {"name": "small_stmt", "symbols": [{"literal":"del"}, "elist", "del_comma"], "postprocess": (d) => node('Delete', { targets: list(d[1]) }, d[0], d[2] ?? d[1].t)},
    {"name": "small_stmt", "symbols": [{"literal":"assert"}, "test", "assert_msg"], "postprocess": (d) => node('Assert', { test: d[1], msg: d[2] }, d[0], d[2] ?? d[1])},
    {"name": "small_stmt", "symbols": [{"literal":"import"}, "dotted_as_names"], "postprocess": (d) => { const n = list(d[1]); return node('Import', { names: n }, d[0], last(n)); }},
    {"name": "small_stmt", "symbols": [{"literal":"from"}, "import_from_mod", {"literal":"import"}, "import_targets"], "postprocess": (d) => node('ImportFrom', { module: d[1].module, names: d[3].names, level: d[1].level }, d[0], d[3].end)},
    {"name": "small_stmt", "symbols": ["tlist"], "postprocess": (d) => node('Expr', { value: d[0] }, d[0], d[0])},
    {"name": "small_stmt", "symbols": ["tlist", "expr_rest"], "postprocess": B.exprStmt},
    {"name": "small_stmt", "symbols": ["yield_expr"], "postprocess": (d) => node('Expr', { value: d[0] }, d[0], d[0])},
    {"name": "small_stmt", "symbols": ["yield_expr", "assign_rest"], "postprocess": (d) => B.exprStmt([d[0], ['=', d[1]]])},
    {"name": "raise_tail", "symbols": [], "postprocess": () => null},
    {"name": "raise_tail", "symbols": ["test"], "postprocess": (d) => [d[0], null]},
    {"name": "raise_tail", "symbols": ["test", {"literal":"from"}, "test"], "postprocess": (d) => [d[0], d[2]]},
    {"name": "del_comma", "symbols": [], "postprocess": () => null},
    {"name": "del_comma", "symbols": [{"literal":","}], "postprocess": first},
    {"name": "assert_msg", "symbols": [], "postprocess": () => null},
    {"name": "assert_msg", "symbols": [{"literal":","}, "test"], "postprocess": (d) => d[1]},
    {"name": "names", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => cons1(d[0])},
    {"name": "names", "symbols": ["names", {"literal":","}, (lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "expr_rest", "symbols": ["augassign", "rhs"], "postprocess": (d) => ['aug', d[0], d[1]]},
    {"name": "expr_rest", "symbols": [{"literal":":"}, "test"], "postprocess": (d) => [':', d[1], null]},
    {"name": "expr_rest", "symbols": [{"literal":":"}, "test", {"literal":"="}, "rhs"], "postprocess": (d) => [':', d[1], d[3]]},
    {"name": "expr_rest", "symbols": ["assign_rest"], "postprocess": (d) => ['=', d[0]]},
    {"name": "assign_rest", "symbols": [{"literal":"="}, "rhs"], "postprocess": (d) => cons1(d[1])},
    {"name": "assign_rest", "symbols": ["assign_rest", {"literal":"="}, "rhs"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "rhs", "symbols": ["tlist"], "postprocess": first},
    {"name": "rhs", "symbols": ["yield_expr"], "postprocess": first},
    {"name": "augassign", "symbols": [(lexer.has("augop") ? {type: "augop"} : augop)], "postprocess": (d) => B.AUG_OPS[d[0].text]},
    {"name": "import_from_mod", "symbols": ["dotted_name"], "postprocess": (d) => ({ module: B.dotted(list(d[0])), level: 0 })},
    {"name": "import_from_mod", "symbols": ["dots"], "postprocess": (d) => ({ module: null, level: d[0] })},
    {"name": "import_from_mod", "symbols": ["dots", "dotted_name"], "postprocess": (d) => ({ module: B.dotted(list(d[1])), level: d[0] })},
    {"name": "dots", "symbols": ["dot"], "postprocess": first},
    {"name": "dots", "symbols": ["dots", "dot"], "postprocess": (d) => d[0] + d[1]},
    {"name": "dot", "symbols": [{"literal":"."}], "postprocess": () => 1},
    {"name": "dot", "symbols": [{"literal":"..."}], "postprocess": () => 3},
    {"name": "import_targets", "symbols": [{"literal":"*"}], "postprocess": (d) => ({ names: [node('alias', { name: '*', asname: null }, d[0], d[0])], end: d[0] })},
    {"name": "import_targets", "symbols": [{"literal":"("}, "import_as_names", {"literal":")"}], "postprocess": (d) => ({ names: list(d[1]), end: d[2] })},
    {"name": "import_targets", "symbols": [{"literal":"("}, "import_as_names", {"literal":","}, {"literal":")"}], "postprocess": (d) => ({ names: list(d[1]), end: d[3] })},
    {"name": "import_targets", "symbols": ["import_as_names"], "postprocess": (d) => ({ names: list(d[0]), end: d[0].t })},
    {"name": "import_as_names", "symbols": ["import_as_name"], "postprocess": (d) => cons1(d[0])},
    {"name": "import_as_names", "symbols": ["import_as_names", {"literal":","}, "import_as_name"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "import_as_name", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => node('alias', { name: d[0].text, asname: null }, d[0], d[0])},
    {"name": "import_as_name", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":"as"}, (lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => node('alias', { name: d[0].text, asname: d[2].text }, d[0], d[2])},
    {"name": "dotted_as_names", "symbols": ["dotted_as_name"], "postprocess": (d) => cons1(d[0])},
    {"name": "dotted_as_names", "symbols": ["dotted_as_names", {"literal":","}, "dotted_as_name"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "dotted_as_name", "symbols": ["dotted_name"], "postprocess": (d) => { const p = list(d[0]); return node('alias', { name: B.dotted(p), asname: null }, p[0], last(p)); }},
    {"name": "dotted_as_name", "symbols": ["dotted_name", {"literal":"as"}, (lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => { const p = list(d[0]); return node('alias', { name: B.dotted(p), asname: d[2].text }, p[0], d[2]); }},
    {"name": "dotted_name", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => cons1(d[0])},
    {"name": "dotted_name", "symbols": ["dotted_name", {"literal":"."}, (lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "suite", "symbols": ["simple_stmt"], "postprocess": first},
    {"name": "suite", "symbols": [(lexer.has("NEWLINE") ? {type: "NEWLINE"} : NEWLINE), (lexer.has("INDENT") ? {type: "INDENT"} : INDENT), "stmts", (lexer.has("DEDENT") ? {type: "DEDENT"} : DEDENT)], "postprocess": (d) => B.suiteBody(d[2])},
    {"name": "stmts", "symbols": ["stmt"], "postprocess": (d) => cons1(d[0])},
    {"name": "stmts", "symbols": ["stmts", "stmt"], "postprocess": (d) => consN(d[0], d[1])},
    {"name": "if_tail", "symbols": [], "postprocess": () => []},
    {"name": "if_tail", "symbols": [{"literal":"else"}, {"literal":":"}, "suite"], "postprocess": (d) => d[2]},
    {"name": "if_tail", "symbols": [{"literal":"elif"}, "namedexpr_test", {"literal":":"}, "suite", "if_tail"], "postprocess": (d) => [node('If', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))]},
    {"name": "else_block", "symbols": [], "postprocess": () => []},
    {"name": "else_block", "symbols": [{"literal":"else"}, {"literal":":"}, "suite"], "postprocess": (d) => d[2]},
    {"name": "try_tail", "symbols": ["handlers", "else_block", "try_finally"], "postprocess": (d) => { const h = list(d[0]); return [h, d[1], d[2], last(d[2].length ? d[2] : d[1].length ? d[1] : h)]; }},
    {"name": "try_tail", "symbols": [{"literal":"finally"}, {"literal":":"}, "suite"], "postprocess": (d) => [[], [], d[2], last(d[2])]},
    {"name": "try_finally", "symbols": [], "postprocess": () => []},
    {"name": "try_finally", "symbols": [{"literal":"finally"}, {"literal":":"}, "suite"], "postprocess": (d) => d[2]},
    {"name": "handlers", "symbols": ["except_clause"], "postprocess": (d) => cons1(d[0])},
    {"name": "handlers", "symbols": ["handlers", "except_clause"], "postprocess": (d) => consN(d[0], d[1])},
    {"name": "except_clause", "symbols": [{"literal":"except"}, {"literal":":"}, "suite"], "postprocess": (d) => node('ExceptHandler', { type: null, name: null, body: d[2] }, d[0], last(d[2]))},
    {"name": "except_clause", "symbols": [{"literal":"except"}, "test", {"literal":":"}, "suite"], "postprocess": (d) => node('ExceptHandler', { type: d[1], name: null, body: d[3] }, d[0], last(d[3]))},
    {"name": "except_clause", "symbols": [{"literal":"except"}, "test", {"literal":"as"}, (lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":"}, "suite"], "postprocess": (d) => node('ExceptHandler', { type: d[1], name: d[3].text, body: d[5] }, d[0], last(d[5]))},
    {"name": "with_items", "symbols": ["with_item"], "postprocess": (d) => cons1(d[0])},
    {"name": "with_items", "symbols": ["with_items", {"literal":","}, "with_item"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "with_item", "symbols": ["test"], "postprocess": (d) => ({ kind: 'withitem', context_expr: d[0], optional_vars: null })},
    {"name": "with_item", "symbols": ["test", {"literal":"as"}, "target"], "postprocess": (d) => ({ kind: 'withitem', context_expr: d[0], optional_vars: d[2] })},
    {"name": "funcdef", "symbols": [{"literal":"def"}, (lexer.has("NAME") ? {type: "NAME"} : NAME), "parameters", "returns", {"literal":":"}, "suite"], "postprocess": (d) => node('FunctionDef', { name: d[1].text, args: d[2], body: d[5], decorator_list: [], returns: d[3] }, d[0], last(d[5]))},
    {"name": "returns", "symbols": [], "postprocess": () => null},
    {"name": "returns", "symbols": [{"literal":"->"}, "test"], "postprocess": (d) => d[1]},
    {"name": "parameters", "symbols": [{"literal":"("}, {"literal":")"}], "postprocess": (d) => ({ kind: 'RawParams', items: [], at: d[0] })},
    {"name": "parameters", "symbols": [{"literal":"("}, "plist", {"literal":")"}], "postprocess": (d) => ({ kind: 'RawParams', items: list(d[1]), at: d[0] })},
    {"name": "parameters", "symbols": [{"literal":"("}, "plist", {"literal":","}, {"literal":")"}], "postprocess": (d) => ({ kind: 'RawParams', items: list(d[1]), at: d[0] })},
    {"name": "plist", "symbols": ["param"], "postprocess": (d) => cons1(d[0])},
    {"name": "plist", "symbols": ["plist", {"literal":","}, "param"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "param", "symbols": ["tname"], "postprocess": (d) => ({ arg: d[0], dflt: null })},
    {"name": "param", "symbols": ["tname", {"literal":"="}, "test"], "postprocess": (d) => ({ arg: d[0], dflt: d[2] })},
    {"name": "param", "symbols": [{"literal":"*"}], "postprocess": (d) => ({ star: d[0] })},
    {"name": "param", "symbols": [{"literal":"*"}, "tname"], "postprocess": (d) => ({ star: d[0], arg: d[1] })},
    {"name": "param", "symbols": [{"literal":"**"}, "tname"], "postprocess": (d) => ({ dstar: d[0], arg: d[1] })},
    {"name": "param", "symbols": [{"literal":"/"}], "postprocess": (d) => ({ slash: d[0] })},
    {"name": "tname", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => node('arg', { arg: d[0].text, annotation: null }, d[0], d[0])},
    {"name": "tname", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":"}, "test"], "postprocess": (d) => node('arg', { arg: d[0].text, annotation: d[2] }, d[0], d[2])},
    {"name": "classdef", "symbols": [{"literal":"class"}, (lexer.has("NAME") ? {type: "NAME"} : NAME), "class_args", {"literal":":"}, "suite"], "postprocess": (d) => node('ClassDef', { name: d[1].text, bases: d[2], keywords: [], body: d[4], decorator_list: [] }, d[0], last(d[4]))},
    {"name": "class_args", "symbols": [], "postprocess": () => []},
    {"name": "class_args", "symbols": [{"literal":"("}, {"literal":")"}], "postprocess": () => []},
    {"name": "class_args", "symbols": [{"literal":"("}, "arglist", {"literal":")"}], "postprocess": (d) => ({ kind: 'RawArgs', items: list(d[1]), lpar: d[0], rpar: d[2], trailing: false })},
    {"name": "class_args", "symbols": [{"literal":"("}, "arglist", {"literal":","}, {"literal":")"}], "postprocess": (d) => ({ kind: 'RawArgs', items: list(d[1]), lpar: d[0], rpar: d[3], trailing: true })},
    {"name": "def_or_class", "symbols": ["funcdef"], "postprocess": first},
    {"name": "def_or_class", "symbols": ["classdef"], "postprocess": first},
    {"name": "decorators", "symbols": ["decorator"], "postprocess": (d) => cons1(d[0])},
    {"name": "decorators", "symbols": ["decorators", "decorator"], "postprocess": (d) => consN(d[0], d[1])},
    {"name": "decorator", "symbols": [{"literal":"@"}, "namedexpr_test", (lexer.has("NEWLINE") ? {type: "NEWLINE"} : NEWLINE)], "postprocess": (d) => d[1]},
    {"name": "tlist", "symbols": ["elist"], "postprocess": B.bareTuple},
    {"name": "tlist", "symbols": ["elist", {"literal":","}], "postprocess": B.bareTuple},
    {"name": "elist", "symbols": ["test"], "postprocess": (d) => cons1(d[0])},
    {"name": "elist", "symbols": ["star_expr"], "postprocess": (d) => cons1(d[0])},
    {"name": "elist", "symbols": ["elist", {"literal":","}, "test"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "elist", "symbols": ["elist", {"literal":","}, "star_expr"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "star_expr", "symbols": [{"literal":"*"}, "flat"], "postprocess": (d) => node('Starred', { value: B.flatList([d[1]]), ctx: 'Load' }, d[0], d[1].t)},
    {"name": "nlist", "symbols": ["nelem"], "postprocess": (d) => cons1(d[0])},
    {"name": "nlist", "symbols": ["nlist", {"literal":","}, "nelem"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "nelem", "symbols": ["namedexpr_test"], "postprocess": first},
    {"name": "nelem", "symbols": ["star_expr"], "postprocess": first},
    {"name": "yield_expr", "symbols": [{"literal":"yield"}, "yield_tail"], "postprocess": (d) => d[1] === null ? node('Yield', { value: null }, d[0], d[0]) : d[1][0] ? node('YieldFrom', { value: d[1][1] }, d[0], d[1][1]) : node('Yield', { value: d[1][1] }, d[0], d[1][1])},
    {"name": "yield_tail", "symbols": [], "postprocess": () => null},
    {"name": "yield_tail", "symbols": ["tlist"], "postprocess": (d) => [false, d[0]]},
    {"name": "yield_tail", "symbols": [{"literal":"from"}, "test"], "postprocess": (d) => [true, d[1]]},
    {"name": "namedexpr_test", "symbols": ["test"], "postprocess": first},
    {"name": "namedexpr_test", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":="}, "test"], "postprocess": (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2])},
    {"name": "test", "symbols": ["flat"], "postprocess": B.flatList},
    {"name": "test", "symbols": ["flat", {"literal":"if"}, "flat", {"literal":"else"}, "test"], "postprocess": (d) => { const body = B.flatList(d); return node('IfExp', { test: B.flatList([d[2]]), body, orelse: d[4] }, body, d[4]); }},
    {"name": "test", "symbols": [{"literal":"lambda"}, "lambda_tail"], "postprocess": (d) => node('Lambda', { args: { kind: 'RawParams', items: d[1][0], at: d[0] }, body: d[1][1] }, d[0], d[1][1])},
    {"name": "lambda_tail", "symbols": [{"literal":":"}, "test"], "postprocess": (d) => [[], d[1]]},
    {"name": "lambda_tail", "symbols": ["lplist", {"literal":":"}, "test"], "postprocess": (d) => [list(d[0]), d[2]]},
    {"name": "lambda_tail", "symbols": ["lplist", {"literal":","}, {"literal":":"}, "test"], "postprocess": (d) => [list(d[0]), d[3]]},
    {"name": "lplist", "symbols": ["lparam"], "postprocess": (d) => cons1(d[0])},
    {"name": "lplist", "symbols": ["lplist", {"literal":","}, "lparam"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "lparam", "symbols": ["lname"], "postprocess": (d) => ({ arg: d[0], dflt: null })},
    {"name": "lparam", "symbols": ["lname", {"literal":"="}, "test"], "postprocess": (d) => ({ arg: d[0], dflt: d[2] })},
    {"name": "lparam", "symbols": [{"literal":"*"}], "postprocess": (d) => ({ star: d[0] })},
    {"name": "lparam", "symbols": [{"literal":"*"}, "lname"], "postprocess": (d) => ({ star: d[0], arg: d[1] })},
    {"name": "lparam", "symbols": [{"literal":"**"}, "lname"], "postprocess": (d) => ({ dstar: d[0], arg: d[1] })},
    {"name": "lparam", "symbols": [{"literal":"/"}], "postprocess": (d) => ({ slash: d[0] })},
    {"name": "lname", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => node('arg', { arg: d[0].text, annotation: null }, d[0], d[0])},
    {"name": "flat", "symbols": ["operand"], "postprocess": (d) => cons1(d[0])},
    {"name": "flat", "symbols": ["flat", (lexer.has("binop") ? {type: "binop"} : binop), "operand"], "postprocess": B.flatN},
    {"name": "operand", "symbols": ["primary"], "postprocess": first},
    {"name": "operand", "symbols": [(lexer.has("unop") ? {type: "unop"} : unop), "operand"], "postprocess": B.prefix},
    {"name": "primary", "symbols": [(lexer.has("simple_atom") ? {type: "simple_atom"} : simple_atom)], "postprocess": B.simpleAtom},
    {"name": "primary", "symbols": [{"literal":"("}, "paren_tail"], "postprocess": (d) => B.bracketed(d[0], d[1])},
    {"name": "primary", "symbols": [{"literal":"["}, "list_tail"], "postprocess": (d) => B.bracketed(d[0], d[1])},
    {"name": "primary", "symbols": [{"literal":"{"}, "brace_tail"], "postprocess": (d) => B.bracketed(d[0], d[1])},
    {"name": "primary", "symbols": ["primary", {"literal":"."}, (lexer.has("NAME") ? {type: "NAME"} : NAME)], "postprocess": (d) => node('Attribute', { value: d[0], attr: d[2].text, ctx: 'Load' }, d[0], d[2])},
    {"name": "primary", "symbols": ["primary", {"literal":"("}, "call_tail"], "postprocess": B.call},
    {"name": "primary", "symbols": ["primary", {"literal":"["}, "subscript_tail"], "postprocess": (d) => node('Subscript', { value: d[0], slice: d[2][0], ctx: 'Load' }, d[0], d[2][1])},
    {"name": "call_tail", "symbols": [{"literal":")"}], "postprocess": (d) => [[], d[0]]},
    {"name": "call_tail", "symbols": ["arglist", {"literal":")"}], "postprocess": (d) => [{ kind: 'RawArgs', items: list(d[0]), lpar: null, rpar: d[1], trailing: false }, d[1]]},
    {"name": "call_tail", "symbols": ["arglist", {"literal":","}, {"literal":")"}], "postprocess": (d) => [{ kind: 'RawArgs', items: list(d[0]), lpar: null, rpar: d[2], trailing: true }, d[2]]},
    {"name": "subscript_tail", "symbols": ["subscripts", {"literal":"]"}], "postprocess": (d) => [d[0].n === 1 && d[0].t.kind !== 'Starred' ? d[0].t : B.tupleOf(list(d[0]), d[0].f, d[0].t), d[1]]},
    {"name": "subscript_tail", "symbols": ["subscripts", {"literal":","}, {"literal":"]"}], "postprocess": (d) => [B.tupleOf(list(d[0]), d[0].f, d[1]), d[2]]},
    {"name": "arglist", "symbols": ["argument"], "postprocess": (d) => cons1(d[0])},
    {"name": "arglist", "symbols": ["arglist", {"literal":","}, "argument"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "argument", "symbols": ["test"], "postprocess": first},
    {"name": "argument", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":="}, "test"], "postprocess": (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2])},
    {"name": "argument", "symbols": [{"literal":"*"}, "test"], "postprocess": (d) => node('Starred', { value: d[1], ctx: 'Load' }, d[0], d[1])},
    {"name": "argument", "symbols": [{"literal":"**"}, "test"], "postprocess": (d) => node('keyword', { arg: null, value: d[1] }, d[0], d[1])},
    {"name": "argument", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":"="}, "test"], "postprocess": (d) => node('keyword', { arg: d[0].text, value: d[2] }, d[0], d[2])},
    {"name": "argument", "symbols": ["test", "comp_for"], "postprocess": (d) => ({ kind: 'BareGenerator', elt: d[0], gens: { kind: 'RawGens', c: d[1] } })},
    {"name": "argument", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":="}, "test", "comp_for"], "postprocess": (d) => ({ kind: 'BareGenerator', elt: node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2]), gens: { kind: 'RawGens', c: d[3] } })},
    {"name": "subscripts", "symbols": ["subscript"], "postprocess": (d) => cons1(d[0])},
    {"name": "subscripts", "symbols": ["subscripts", {"literal":","}, "subscript"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "subscript", "symbols": ["test"], "postprocess": first},
    {"name": "subscript", "symbols": [(lexer.has("NAME") ? {type: "NAME"} : NAME), {"literal":":="}, "test"], "postprocess": (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2])},
    {"name": "subscript", "symbols": ["star_expr"], "postprocess": first},
    {"name": "subscript", "symbols": ["opt_test", {"literal":":"}, "opt_test"], "postprocess": B.slice},
    {"name": "subscript", "symbols": ["opt_test", {"literal":":"}, "opt_test", {"literal":":"}, "opt_test"], "postprocess": B.slice},
    {"name": "opt_test", "symbols": [], "postprocess": () => null},
    {"name": "opt_test", "symbols": ["test"], "postprocess": first},
    {"name": "paren_tail", "symbols": [{"literal":")"}], "postprocess": (d) => ['Tuple', d[0], []]},
    {"name": "paren_tail", "symbols": ["yield_expr", {"literal":")"}], "postprocess": (d) => ['Paren', d[1], d[0]]},
    {"name": "paren_tail", "symbols": ["namedexpr_test", {"literal":")"}], "postprocess": (d) => ['Paren', d[1], d[0]]},
    {"name": "paren_tail", "symbols": ["nlist", {"literal":","}, {"literal":")"}], "postprocess": (d) => ['Tuple', d[2], list(d[0])]},
    {"name": "paren_tail", "symbols": ["nlist", {"literal":","}, "nelem", {"literal":")"}], "postprocess": (d) => ['Tuple', d[3], list(consN(d[0], d[2]))]},
    {"name": "paren_tail", "symbols": ["namedexpr_test", "comp_for", {"literal":")"}], "postprocess": (d) => ['GeneratorExp', d[2], d[0], d[1]]},
    {"name": "paren_tail", "symbols": ["star_expr", {"literal":")"}], "postprocess": (d) => ['Paren', d[1], d[0]]},
    {"name": "paren_tail", "symbols": ["star_expr", "comp_for", {"literal":")"}], "postprocess": (d) => ['GeneratorExp', d[2], d[0], d[1]]},
    {"name": "list_tail", "symbols": [{"literal":"]"}], "postprocess": (d) => ['List', d[0], []]},
    {"name": "list_tail", "symbols": ["nlist", {"literal":"]"}], "postprocess": (d) => ['List', d[1], list(d[0])]},
    {"name": "list_tail", "symbols": ["nlist", {"literal":","}, {"literal":"]"}], "postprocess": (d) => ['List', d[2], list(d[0])]},
    {"name": "list_tail", "symbols": ["namedexpr_test", "comp_for", {"literal":"]"}], "postprocess": (d) => ['ListComp', d[2], d[0], d[1]]},
    {"name": "list_tail", "symbols": ["star_expr", "comp_for", {"literal":"]"}], "postprocess": (d) => ['ListComp', d[2], d[0], d[1]]},
    {"name": "brace_tail", "symbols": [{"literal":"}"}], "postprocess": (d) => ['Dict', d[0], []]},
    {"name": "brace_tail", "symbols": ["dict_items", {"literal":"}"}], "postprocess": (d) => ['Dict', d[1], list(d[0])]},
    {"name": "brace_tail", "symbols": ["dict_items", {"literal":","}, {"literal":"}"}], "postprocess": (d) => ['Dict', d[2], list(d[0])]},
    {"name": "brace_tail", "symbols": ["test", {"literal":":"}, "test", "comp_for", {"literal":"}"}], "postprocess": (d) => ['DictComp', d[4], d[0], d[3], d[2]]},
    {"name": "brace_tail", "symbols": ["nlist", {"literal":"}"}], "postprocess": (d) => ['Set', d[1], list(d[0])]},
    {"name": "brace_tail", "symbols": ["nlist", {"literal":","}, {"literal":"}"}], "postprocess": (d) => ['Set', d[2], list(d[0])]},
    {"name": "brace_tail", "symbols": ["namedexpr_test", "comp_for", {"literal":"}"}], "postprocess": (d) => ['SetComp', d[2], d[0], d[1]]},
    {"name": "brace_tail", "symbols": ["star_expr", "comp_for", {"literal":"}"}], "postprocess": (d) => ['SetComp', d[2], d[0], d[1]]},
    {"name": "dict_items", "symbols": ["dict_item"], "postprocess": (d) => cons1(d[0])},
    {"name": "dict_items", "symbols": ["dict_items", {"literal":","}, "dict_item"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "dict_item", "symbols": ["test", {"literal":":"}, "test"], "postprocess": (d) => [d[0], d[2]]},
    {"name": "dict_item", "symbols": [{"literal":"**"}, "flat"], "postprocess": (d) => [null, B.flatList([d[1]])]},
    {"name": "comp_for", "symbols": ["comp_clause_for"], "postprocess": (d) => cons1(d[0])},
    {"name": "comp_for", "symbols": ["comp_for", "comp_clause_for"], "postprocess": (d) => consN(d[0], d[1])},
    {"name": "comp_for", "symbols": ["comp_for", {"literal":"if"}, "flat"], "postprocess": (d) => consN(d[0], { cond: B.flatList([d[2]]) })},
    {"name": "comp_clause_for", "symbols": [{"literal":"for"}, "target_list", {"literal":"in"}, "flat"], "postprocess": (d) => ({ target: d[1], iter: B.flatList([d[3]]), ifs: [], is_async: 0 })},
    {"name": "target_list", "symbols": ["targets"], "postprocess": B.bareTuple},
    {"name": "target_list", "symbols": ["targets", {"literal":","}], "postprocess": B.bareTuple},
    {"name": "targets", "symbols": ["target"], "postprocess": (d) => cons1(d[0])},
    {"name": "targets", "symbols": ["targets", {"literal":","}, "target"], "postprocess": (d) => consN(d[0], d[2])},
    {"name": "target", "symbols": ["primary"], "postprocess": first},
    {"name": "target", "symbols": [{"literal":"*"}, "primary"], "postprocess": (d) => node('Starred', { value: d[1], ctx: 'Store' }, d[0], d[1])}
  ],
  ParserStart: "file_input",
};

export default grammar;
