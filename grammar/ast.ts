// The abstract syntax tree, with CPython's `ast` node and field names, discriminated by `kind`.
// Positions as CPython: lineno 1-based, col_offset 0-based (in characters), end_* likewise.
// Imports nothing from tspy.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The `...` literal's value in a Constant node. */
export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

/** A complex literal with zero real part (`3j`). */
export interface Imag {
  imag: number;
}

/**
 * A literal's value. Ints are bigint (any size); floats are JS numbers; None is null;
 * bytes are Uint8Array; str is a JS string (already unescaped).
 */
export type ConstantValue = null | boolean | bigint | number | string | Uint8Array | Imag | typeof ELLIPSIS;

export type ExprContext = 'Load' | 'Store' | 'Del';
export type Operator = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type BoolOperator = 'And' | 'Or';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---- expressions -----------------------------------------------------------------------------

export interface Constant extends Pos { kind: 'Constant'; value: ConstantValue }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
/** `a and b and c` is one BoolOp with three values. */
export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
/** `a < b <= c`: left a, ops [Lt, LtE], comparators [b, c]. */
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
/** `f(a, *b, k=1, **d)`: args [a, Starred(b)], keywords [k=1, (arg null)=d]. */
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
/** `a[i]`, `a[i:j]` (slice is a Slice), `a[i, j]` (slice is a Tuple). */
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Set extends Pos { kind: 'Set'; elts: Expr[] }
/** `{**d}`: a null key with the mapping as value, as CPython. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Await extends Pos { kind: 'Await'; value: Expr }
/** An f-string: values are Constant (str pieces) and FormattedValue. */
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: Expr[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's char codes); format_spec is a JoinedStr. */
export interface FormattedValue extends Pos { kind: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }

export type Expr =
  | Constant | Name | BinOp | UnaryOp | BoolOp | Compare | Call | Attribute | Subscript | Slice
  | Starred | List | Tuple | Set | Dict | IfExp | Lambda | NamedExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Yield | YieldFrom | Await | JoinedStr | FormattedValue;

// ---- pieces ------------------------------------------------------------------------------------

/** `k=v` in a call; arg null means `**v`. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }
/** defaults align with the last positional params (posonlyargs + args); kw_defaults aligns with kwonlyargs, null where none. */
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { kind: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }

// ---- statements --------------------------------------------------------------------------------

export interface FunctionDef extends Pos { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null }
export interface ClassDef extends Pos { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[] }
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
/** `a = b = 1`: targets [a, b]. */
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
/** simple is 1 for a bare name target not in parentheses. */
export interface AnnAssign extends Pos { kind: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: 0 | 1 }
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `elif` is an If inside orelse. */
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
/** `from ..a import b`: module 'a', level 2; `from . import b`: module null, level 1; names [alias('*')] for a star import. */
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If
  | With | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface Module { kind: 'Module'; body: Stmt[] }

export type Node = Expr | Stmt | Module | Keyword | Arg | Arguments | Alias | WithItem | ExceptHandler | Comprehension;
