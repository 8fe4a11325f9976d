# Python 3.11 grammar for nearley, over the tokens of lexer.ts (tokens in, not characters).
# Rules follow CPython's Grammar/python.gram names where they can. Keeping nearley fast and the
# parse unique (parse.ts asserts exactly one parse per statement):
# - lists are left-recursive cons cells (nearley has no Leo optimization), flattened by parents;
# - binary operators form one flat operand list ordered by precedence in finish.ts, so the chart
#   is a few levels deep instead of CPython's seventeen;
# - token classes (%binop, %simple_atom, ...) give one scannable state instead of one per token,
#   and build.ts's TokenStream merges `is not`, `not in` and adjacent strings into single tokens;
# - postprocessors (build.ts) are constant-time and never mutate their inputs or throw: checks
#   and error messages happen in finish.ts once the parse is known.
# Regenerate with `npm run gen`; never edit python.gen.ts by hand.

@preprocessor typescript

@{%
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
%}

@lexer lexer

# ---- entry points ------------------------------------------------------------------------------

# One top-level statement (a list of Stmt); parse.ts feeds statements one at a time.
file_input -> stmt {% first %}
# An f-string replacement field (parse.ts starts here for f-strings).
fexpr_input -> fexpr %NEWLINE {% first %}
fexpr -> tlist {% first %} | yield_expr {% first %}

# ---- statements ----------------------------------------------------------------------------------

# A statement is a list: `a; b` gives two. Compound statements are inlined here (no unit rules),
# which keeps the predictions at each statement start few.
stmt -> simple_stmt {% first %}
      | "if" namedexpr_test ":" suite if_tail {% (d) => [node('If', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))] %}
      | "while" namedexpr_test ":" suite else_block {% (d) => [node('While', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))] %}
      | "for" target_list "in" tlist ":" suite else_block {% (d) => [node('For', { target: d[1], iter: d[3], body: d[5], orelse: d[6] }, d[0], last(d[6].length ? d[6] : d[5]))] %}
      | "try" ":" suite try_tail {% (d) => [node('Try', { body: d[2], handlers: d[3][0], orelse: d[3][1], finalbody: d[3][2] }, d[0], d[3][3])] %}
      | "with" with_items ":" suite {% (d, _, reject) => B.parenthesizedItems(d[1]) ? reject : [node('With', { items: list(d[1]), body: d[3] }, d[0], last(d[3]))] %}
      | "with" "(" with_items ")" ":" suite {% (d) => [node('With', { items: list(d[2]), body: d[5] }, d[0], last(d[5]))] %}
      | "with" "(" with_items "," ")" ":" suite {% (d) => [node('With', { items: list(d[2]), body: d[6] }, d[0], last(d[6]))] %}
      | funcdef {% (d) => [d[0]] %}
      | classdef {% (d) => [d[0]] %}
      | decorators def_or_class {% (d) => [{ ...d[1], decorator_list: list(d[0]) }] %}

simple_stmt -> small_stmt %NEWLINE {% (d) => [d[0]] %}
             | small_stmt ";" %NEWLINE {% (d) => [d[0]] %}
             | small_stmt ";" simple_stmt {% (d) => [d[0], ...d[2]] %}

small_stmt -> %simple_kw {% (d) => node(d[0].text === 'pass' ? 'Pass' : d[0].text === 'break' ? 'Break' : 'Continue', {}, d[0], d[0]) %}
            | "return" {% (d) => node('Return', { value: null }, d[0], d[0]) %}
            | "return" tlist {% (d) => node('Return', { value: d[1] }, d[0], d[1]) %}
            | "raise" raise_tail {% (d) => d[1] ? node('Raise', { exc: d[1][0], cause: d[1][1] }, d[0], d[1][1] ?? d[1][0]) : node('Raise', { exc: null, cause: null }, d[0], d[0]) %}
            | %scope_kw names {% (d) => node(d[0].text === 'global' ? 'Global' : 'Nonlocal', { names: list(d[1]).map((t: any) => t.text) }, d[0], d[1].t) %}
            | "del" elist del_comma {% (d) => node('Delete', { targets: list(d[1]) }, d[0], d[2] ?? d[1].t) %}
            | "assert" test assert_msg {% (d) => node('Assert', { test: d[1], msg: d[2] }, d[0], d[2] ?? d[1]) %}
            | "import" dotted_as_names {% (d) => { const n = list(d[1]); return node('Import', { names: n }, d[0], last(n)); } %}
            | "from" import_from_mod "import" import_targets {% (d) => node('ImportFrom', { module: d[1].module, names: d[3].names, level: d[1].level }, d[0], d[3].end) %}
            | tlist {% (d) => node('Expr', { value: d[0] }, d[0], d[0]) %}
            | tlist expr_rest {% B.exprStmt %}
            | yield_expr {% (d) => node('Expr', { value: d[0] }, d[0], d[0]) %}
            | yield_expr assign_rest {% (d) => B.exprStmt([d[0], ['=', d[1]]]) %}
raise_tail -> null {% () => null %}
            | test {% (d) => [d[0], null] %}
            | test "from" test {% (d) => [d[0], d[2]] %}
del_comma -> null {% () => null %} | "," {% first %}
assert_msg -> null {% () => null %} | "," test {% (d) => d[1] %}

names -> %NAME {% (d) => cons1(d[0]) %}
       | names "," %NAME {% (d) => consN(d[0], d[2]) %}

expr_rest -> augassign rhs {% (d) => ['aug', d[0], d[1]] %}
           | ":" test {% (d) => [':', d[1], null] %}
           | ":" test "=" rhs {% (d) => [':', d[1], d[3]] %}
           | assign_rest {% (d) => ['=', d[0]] %}
assign_rest -> "=" rhs {% (d) => cons1(d[1]) %}
             | assign_rest "=" rhs {% (d) => consN(d[0], d[2]) %}
rhs -> tlist {% first %} | yield_expr {% first %}

augassign -> %augop {% (d) => B.AUG_OPS[d[0].text] %}

import_from_mod -> dotted_name {% (d) => ({ module: B.dotted(list(d[0])), level: 0 }) %}
                 | dots {% (d) => ({ module: null, level: d[0] }) %}
                 | dots dotted_name {% (d) => ({ module: B.dotted(list(d[1])), level: d[0] }) %}
dots -> dot {% first %} | dots dot {% (d) => d[0] + d[1] %}
dot -> "." {% () => 1 %} | "..." {% () => 3 %}
import_targets -> "*" {% (d) => ({ names: [node('alias', { name: '*', asname: null }, d[0], d[0])], end: d[0] }) %}
                | "(" import_as_names ")" {% (d) => ({ names: list(d[1]), end: d[2] }) %}
                | "(" import_as_names "," ")" {% (d) => ({ names: list(d[1]), end: d[3] }) %}
                | import_as_names {% (d) => ({ names: list(d[0]), end: d[0].t }) %}
import_as_names -> import_as_name {% (d) => cons1(d[0]) %}
                 | import_as_names "," import_as_name {% (d) => consN(d[0], d[2]) %}
import_as_name -> %NAME {% (d) => node('alias', { name: d[0].text, asname: null }, d[0], d[0]) %}
                | %NAME "as" %NAME {% (d) => node('alias', { name: d[0].text, asname: d[2].text }, d[0], d[2]) %}
dotted_as_names -> dotted_as_name {% (d) => cons1(d[0]) %}
                 | dotted_as_names "," dotted_as_name {% (d) => consN(d[0], d[2]) %}
dotted_as_name -> dotted_name {% (d) => { const p = list(d[0]); return node('alias', { name: B.dotted(p), asname: null }, p[0], last(p)); } %}
                | dotted_name "as" %NAME {% (d) => { const p = list(d[0]); return node('alias', { name: B.dotted(p), asname: d[2].text }, p[0], d[2]); } %}
dotted_name -> %NAME {% (d) => cons1(d[0]) %}
             | dotted_name "." %NAME {% (d) => consN(d[0], d[2]) %}

suite -> simple_stmt {% first %}
       | %NEWLINE %INDENT stmts %DEDENT {% (d) => B.suiteBody(d[2]) %}
stmts -> stmt {% (d) => cons1(d[0]) %}
       | stmts stmt {% (d) => consN(d[0], d[1]) %}

if_tail -> null {% () => [] %}
         | "else" ":" suite {% (d) => d[2] %}
         | "elif" namedexpr_test ":" suite if_tail {% (d) => [node('If', { test: d[1], body: d[3], orelse: d[4] }, d[0], last(d[4].length ? d[4] : d[3]))] %}

else_block -> null {% () => [] %} | "else" ":" suite {% (d) => d[2] %}

try_tail -> handlers else_block try_finally {% (d) => { const h = list(d[0]); return [h, d[1], d[2], last(d[2].length ? d[2] : d[1].length ? d[1] : h)]; } %}
          | "finally" ":" suite {% (d) => [[], [], d[2], last(d[2])] %}
try_finally -> null {% () => [] %} | "finally" ":" suite {% (d) => d[2] %}
handlers -> except_clause {% (d) => cons1(d[0]) %}
          | handlers except_clause {% (d) => consN(d[0], d[1]) %}
except_clause -> "except" ":" suite {% (d) => node('ExceptHandler', { type: null, name: null, body: d[2] }, d[0], last(d[2])) %}
               | "except" test ":" suite {% (d) => node('ExceptHandler', { type: d[1], name: null, body: d[3] }, d[0], last(d[3])) %}
               | "except" test "as" %NAME ":" suite {% (d) => node('ExceptHandler', { type: d[1], name: d[3].text, body: d[5] }, d[0], last(d[5])) %}

with_items -> with_item {% (d) => cons1(d[0]) %}
            | with_items "," with_item {% (d) => consN(d[0], d[2]) %}
with_item -> test {% (d) => ({ kind: 'withitem', context_expr: d[0], optional_vars: null }) %}
           | test "as" target {% (d) => ({ kind: 'withitem', context_expr: d[0], optional_vars: d[2] }) %}

funcdef -> "def" %NAME parameters returns ":" suite {% (d) => node('FunctionDef', { name: d[1].text, args: d[2], body: d[5], decorator_list: [], returns: d[3] }, d[0], last(d[5])) %}
returns -> null {% () => null %} | "->" test {% (d) => d[1] %}
parameters -> "(" ")" {% (d) => ({ kind: 'RawParams', items: [], at: d[0] }) %}
            | "(" plist ")" {% (d) => ({ kind: 'RawParams', items: list(d[1]), at: d[0] }) %}
            | "(" plist "," ")" {% (d) => ({ kind: 'RawParams', items: list(d[1]), at: d[0] }) %}
plist -> param {% (d) => cons1(d[0]) %}
       | plist "," param {% (d) => consN(d[0], d[2]) %}
param -> tname {% (d) => ({ arg: d[0], dflt: null }) %}
       | tname "=" test {% (d) => ({ arg: d[0], dflt: d[2] }) %}
       | "*" {% (d) => ({ star: d[0] }) %}
       | "*" tname {% (d) => ({ star: d[0], arg: d[1] }) %}
       | "**" tname {% (d) => ({ dstar: d[0], arg: d[1] }) %}
       | "/" {% (d) => ({ slash: d[0] }) %}
tname -> %NAME {% (d) => node('arg', { arg: d[0].text, annotation: null }, d[0], d[0]) %}
       | %NAME ":" test {% (d) => node('arg', { arg: d[0].text, annotation: d[2] }, d[0], d[2]) %}

classdef -> "class" %NAME class_args ":" suite {% (d) => node('ClassDef', { name: d[1].text, bases: d[2], keywords: [], body: d[4], decorator_list: [] }, d[0], last(d[4])) %}
class_args -> null {% () => [] %}
            | "(" ")" {% () => [] %}
            | "(" arglist ")" {% (d) => ({ kind: 'RawArgs', items: list(d[1]), lpar: d[0], rpar: d[2], trailing: false }) %}
            | "(" arglist "," ")" {% (d) => ({ kind: 'RawArgs', items: list(d[1]), lpar: d[0], rpar: d[3], trailing: true }) %}

def_or_class -> funcdef {% first %} | classdef {% first %}
decorators -> decorator {% (d) => cons1(d[0]) %}
            | decorators decorator {% (d) => consN(d[0], d[1]) %}
decorator -> "@" namedexpr_test %NEWLINE {% (d) => d[1] %}

# ---- expressions ---------------------------------------------------------------------------------

# A tuple without brackets (`a, *b`), or a single expression.
tlist -> elist {% B.bareTuple %}
       | elist "," {% B.bareTuple %}
elist -> test {% (d) => cons1(d[0]) %}
       | star_expr {% (d) => cons1(d[0]) %}
       | elist "," test {% (d) => consN(d[0], d[2]) %}
       | elist "," star_expr {% (d) => consN(d[0], d[2]) %}
star_expr -> "*" flat {% (d) => node('Starred', { value: B.flatList([d[1]]), ctx: 'Load' }, d[0], d[1].t) %}

# Elements of displays and calls, where `:=` is allowed.
nlist -> nelem {% (d) => cons1(d[0]) %}
       | nlist "," nelem {% (d) => consN(d[0], d[2]) %}
nelem -> namedexpr_test {% first %} | star_expr {% first %}

yield_expr -> "yield" yield_tail {% (d) => d[1] === null ? node('Yield', { value: null }, d[0], d[0]) : d[1][0] ? node('YieldFrom', { value: d[1][1] }, d[0], d[1][1]) : node('Yield', { value: d[1][1] }, d[0], d[1][1]) %}
yield_tail -> null {% () => null %} | tlist {% (d) => [false, d[0]] %} | "from" test {% (d) => [true, d[1]] %}

namedexpr_test -> test {% first %}
                | %NAME ":=" test {% (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2]) %}

test -> flat {% B.flatList %}
      | flat "if" flat "else" test {% (d) => { const body = B.flatList(d); return node('IfExp', { test: B.flatList([d[2]]), body, orelse: d[4] }, body, d[4]); } %}
      | "lambda" lambda_tail {% (d) => node('Lambda', { args: { kind: 'RawParams', items: d[1][0], at: d[0] }, body: d[1][1] }, d[0], d[1][1]) %}

lambda_tail -> ":" test {% (d) => [[], d[1]] %}
             | lplist ":" test {% (d) => [list(d[0]), d[2]] %}
             | lplist "," ":" test {% (d) => [list(d[0]), d[3]] %}
lplist -> lparam {% (d) => cons1(d[0]) %}
        | lplist "," lparam {% (d) => consN(d[0], d[2]) %}
lparam -> lname {% (d) => ({ arg: d[0], dflt: null }) %}
        | lname "=" test {% (d) => ({ arg: d[0], dflt: d[2] }) %}
        | "*" {% (d) => ({ star: d[0] }) %}
        | "*" lname {% (d) => ({ star: d[0], arg: d[1] }) %}
        | "**" lname {% (d) => ({ dstar: d[0], arg: d[1] }) %}
        | "/" {% (d) => ({ slash: d[0] }) %}
lname -> %NAME {% (d) => node('arg', { arg: d[0].text, annotation: null }, d[0], d[0]) %}

# Operands and binary operators in source order; finish.ts applies precedence (and rejects a
# misplaced `not`). parse.ts merges `is not` and `not in` into single tokens.
flat -> operand {% (d) => cons1(d[0]) %}
      | flat %binop operand {% B.flatN %}
operand -> primary {% first %}
         | %unop operand {% B.prefix %}

primary -> %simple_atom {% B.simpleAtom %}
         | "(" paren_tail {% (d) => B.bracketed(d[0], d[1]) %}
         | "[" list_tail {% (d) => B.bracketed(d[0], d[1]) %}
         | "{" brace_tail {% (d) => B.bracketed(d[0], d[1]) %}
         | primary "." %NAME {% (d) => node('Attribute', { value: d[0], attr: d[2].text, ctx: 'Load' }, d[0], d[2]) %}
         | primary "(" call_tail {% B.call %}
         | primary "[" subscript_tail {% (d) => node('Subscript', { value: d[0], slice: d[2][0], ctx: 'Load' }, d[0], d[2][1]) %}

call_tail -> ")" {% (d) => [[], d[0]] %}
           | arglist ")" {% (d) => [{ kind: 'RawArgs', items: list(d[0]), lpar: null, rpar: d[1], trailing: false }, d[1]] %}
           | arglist "," ")" {% (d) => [{ kind: 'RawArgs', items: list(d[0]), lpar: null, rpar: d[2], trailing: true }, d[2]] %}
subscript_tail -> subscripts "]" {% (d) => [d[0].n === 1 && d[0].t.kind !== 'Starred' ? d[0].t : B.tupleOf(list(d[0]), d[0].f, d[0].t), d[1]] %}
                | subscripts "," "]" {% (d) => [B.tupleOf(list(d[0]), d[0].f, d[1]), d[2]] %}

arglist -> argument {% (d) => cons1(d[0]) %}
         | arglist "," argument {% (d) => consN(d[0], d[2]) %}
argument -> test {% first %}
          | %NAME ":=" test {% (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2]) %}
          | "*" test {% (d) => node('Starred', { value: d[1], ctx: 'Load' }, d[0], d[1]) %}
          | "**" test {% (d) => node('keyword', { arg: null, value: d[1] }, d[0], d[1]) %}
          | %NAME "=" test {% (d) => node('keyword', { arg: d[0].text, value: d[2] }, d[0], d[2]) %}
          | test comp_for {% (d) => ({ kind: 'BareGenerator', elt: d[0], gens: { kind: 'RawGens', c: d[1] } }) %}
          | %NAME ":=" test comp_for {% (d) => ({ kind: 'BareGenerator', elt: node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2]), gens: { kind: 'RawGens', c: d[3] } }) %}

subscripts -> subscript {% (d) => cons1(d[0]) %}
            | subscripts "," subscript {% (d) => consN(d[0], d[2]) %}
subscript -> test {% first %}
           | %NAME ":=" test {% (d) => node('NamedExpr', { target: B.name(d), value: d[2] }, d[0], d[2]) %}
           | star_expr {% first %}
           | opt_test ":" opt_test {% B.slice %}
           | opt_test ":" opt_test ":" opt_test {% B.slice %}
opt_test -> null {% () => null %} | test {% first %}

paren_tail -> ")" {% (d) => ['Tuple', d[0], []] %}
            | yield_expr ")" {% (d) => ['Paren', d[1], d[0]] %}
            | namedexpr_test ")" {% (d) => ['Paren', d[1], d[0]] %}
            | nlist "," ")" {% (d) => ['Tuple', d[2], list(d[0])] %}
            | nlist "," nelem ")" {% (d) => ['Tuple', d[3], list(consN(d[0], d[2]))] %}
            | namedexpr_test comp_for ")" {% (d) => ['GeneratorExp', d[2], d[0], d[1]] %}
            | star_expr ")" {% (d) => ['Paren', d[1], d[0]] %}
            | star_expr comp_for ")" {% (d) => ['GeneratorExp', d[2], d[0], d[1]] %}
list_tail -> "]" {% (d) => ['List', d[0], []] %}
           | nlist "]" {% (d) => ['List', d[1], list(d[0])] %}
           | nlist "," "]" {% (d) => ['List', d[2], list(d[0])] %}
           | namedexpr_test comp_for "]" {% (d) => ['ListComp', d[2], d[0], d[1]] %}
           | star_expr comp_for "]" {% (d) => ['ListComp', d[2], d[0], d[1]] %}
brace_tail -> "}" {% (d) => ['Dict', d[0], []] %}
            | dict_items "}" {% (d) => ['Dict', d[1], list(d[0])] %}
            | dict_items "," "}" {% (d) => ['Dict', d[2], list(d[0])] %}
            | test ":" test comp_for "}" {% (d) => ['DictComp', d[4], d[0], d[3], d[2]] %}
            | nlist "}" {% (d) => ['Set', d[1], list(d[0])] %}
            | nlist "," "}" {% (d) => ['Set', d[2], list(d[0])] %}
            | namedexpr_test comp_for "}" {% (d) => ['SetComp', d[2], d[0], d[1]] %}
            | star_expr comp_for "}" {% (d) => ['SetComp', d[2], d[0], d[1]] %}
dict_items -> dict_item {% (d) => cons1(d[0]) %}
            | dict_items "," dict_item {% (d) => consN(d[0], d[2]) %}
dict_item -> test ":" test {% (d) => [d[0], d[2]] %}
           | "**" flat {% (d) => [null, B.flatList([d[1]])] %}

# Comprehension clauses in source order; finish.ts attaches each `if` to the `for` before it.
comp_for -> comp_clause_for {% (d) => cons1(d[0]) %}
          | comp_for comp_clause_for {% (d) => consN(d[0], d[1]) %}
          | comp_for "if" flat {% (d) => consN(d[0], { cond: B.flatList([d[2]]) }) %}
comp_clause_for -> "for" target_list "in" flat {% (d) => ({ target: d[1], iter: B.flatList([d[3]]), ifs: [], is_async: 0 }) %}

# Assignment-like targets in `for`, comprehensions and `with ... as`: primaries, starred, tuples.
target_list -> targets {% B.bareTuple %}
             | targets "," {% B.bareTuple %}
targets -> target {% (d) => cons1(d[0]) %}
         | targets "," target {% (d) => consN(d[0], d[2]) %}
target -> primary {% first %}
        | "*" primary {% (d) => node('Starred', { value: d[1], ctx: 'Store' }, d[0], d[1]) %}
