// The ncurses surface TerminalBackend uses, made importable by Swift 6.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides the wide-character API, so it is
// requested here. Swift 6 cannot read ncurses' mutable globals (stdscr, LINES, COLS, COLORS,
// COLOR_PAIRS) and does not import function-like or composite macros (A_BOLD, mouse
// masks): each is exposed through a static inline function instead.
#ifndef UNMASK_CNCURSES_SHIM_H
#define UNMASK_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

// Reads a terminal description without opening a screen (for a command's plot on standard
// output). term.h declares it, but its capability macros (columns, lines, …) clash with ordinary
// names, so only the declaration is repeated here.
extern int setupterm(const char *term, int descriptor, int *error);

static inline WINDOW *unmask_stdscr(void) { return stdscr; }
static inline int unmask_lines(void) { return LINES; }
static inline int unmask_cols(void) { return COLS; }
static inline int unmask_colors(void) { return COLORS; }

static inline attr_t unmask_a_normal(void) { return A_NORMAL; }
static inline attr_t unmask_a_bold(void) { return A_BOLD; }
static inline attr_t unmask_a_dim(void) { return A_DIM; }
static inline attr_t unmask_a_reverse(void) { return A_REVERSE; }
static inline attr_t unmask_a_underline(void) { return A_UNDERLINE; }

static inline mmask_t unmask_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t unmask_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t unmask_button5_pressed(void) { return BUTTON5_PRESSED; }

// The size of the terminal on a descriptor (TIOCGWINSZ; ioctl is variadic and does not import).
static inline int unmask_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
