// Public face of bytecode/: the code object, the opcode table, line tables and decoding.
// The neutral leaf shared by compiler, VM and cache (clox's chunk.h, Lua's lopcodes.h).

export * from './opcodes';
export * from './code';
export * from './linetable';
export * from './instructions';
export * from './stackdepth';
export * from './reference';
export * from './dis';
