# LiveDesk. `make run` serves the app; `make test` runs every check CI runs.
# Both install what a fresh machine lacks first (scripts/setup.sh, idempotent).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

# Where dist/ will be hosted, e.g. `make build BASE=/livedesk/`.
BASE ?= /
PORT ?= 8080
WASM := --target wasm32-unknown-unknown

.PHONY: help setup setup-test run build lint test test-native test-browser test-e2e bench clean

help:
	@echo "make run    serve the app on http://127.0.0.1:$(PORT)/"
	@echo "make test   lints, native tests, browser tests, end-to-end tests"
	@echo "make build  release build into dist/ (BASE=/sub/path/ to host under a sub-path)"
	@echo "make bench  performance figures against design.md's budgets"

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

run: setup
	@echo "LiveDesk: http://127.0.0.1:$(PORT)/"
	trunk serve --address 127.0.0.1 --port $(PORT)

build: setup
	LIVEDESK_BASE=$(BASE) trunk build --release

lint: setup
	scripts/check-text-is-text.sh
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --all-targets $(WASM) -- -D warnings

test-native: setup
	cargo test --workspace

# wasm-bindgen-test in headless Chromium (runner and driver: .cargo/config.toml,
# browser flags: webdriver.json).
# Without debug info: with it each test wasm was ~950 MB, and CI failed writing them.
test-browser: setup-test
	CARGO_PROFILE_DEV_DEBUG=false cargo test -p livedesk $(WASM)

test-e2e: setup-test build
	playwright test

test: setup-test lint test-native test-browser test-e2e

# Budgets of design.md §5 measured in headless Chromium on the release build.
bench: setup-test build
	node tests/bench/bench.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
