# Referent: `make demo` sets up a fresh Debian machine, builds and converts the fixtures;
# `make test` sets up, lints and runs the whole test suite (what CI runs).
SWIFT ?= swift
DEMO_OUT ?= out/demo

.PHONY: deps build release demo test lint format fixtures bench clean

deps:
	bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product referent

demo: release
	rm -rf $(DEMO_OUT)
	.build/release/referent convert fixtures/pdf --out $(DEMO_OUT) || test $$? -eq 1
	@echo "Outputs in $(DEMO_OUT)/ (the special/ fixtures include PDFs that fail on purpose)."

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

format:
	$(SWIFT) format --in-place --recursive Sources Tests

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Speed and memory side by side with pdftotext (release build; corpora copied from the fixtures).
bench: deps
	bash scripts/bench/bench.sh

# Dev-time only: regenerate the fixture PDFs (Python, pinned tools; see fixtures/README.md).
fixtures:
	python3 -m venv /tmp/referent-fixtures
	/tmp/referent-fixtures/bin/pip install -q -r fixtures/requirements.txt
	/tmp/referent-fixtures/bin/python fixtures/make_fixtures.py

clean:
	rm -rf .build out
