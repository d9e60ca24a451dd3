# Build and install folio with its resources.
#
#   make                          release build (.build/release/folio)
#   make install PREFIX=~/.local  binary to PREFIX/bin, resources to PREFIX/share/folio
#   make uninstall PREFIX=~/.local
#
# The installed binary finds its resources from its own real path (PREFIX/bin/../share/folio),
# so PREFIX/bin can be put on PATH or linked from anywhere. DESTDIR stages a package.

PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/folio
SWIFT ?= swift

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build -c release --product folio

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/folio" "$(BINDIR)/folio"
	rm -rf "$(SHAREDIR)/samples" "$(SHAREDIR)/lexicon" "$(SHAREDIR)/config"
	cp -R Resources/samples Resources/lexicon Resources/config "$(SHAREDIR)/"

uninstall:
	rm -f "$(BINDIR)/folio"
	rm -rf "$(SHAREDIR)"
