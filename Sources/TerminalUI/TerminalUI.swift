// TerminalUI: the only module that talks to curses.
//
// Status of this module (2026-11-25): `Terminal` opens and restores the terminal, `Painter`
// paints a ReaderCore `Screen` by changed cells, `KeyDecoder` turns `wget_wch` results into
// ReaderCore `Key`s. It must never decide what to show (that is ReaderCore's `render`) nor touch the
// library; every curses call stays on the main thread.
import CNcursesw
