// Benchmarks that run inside one process, built with `swift build -c release`:
//
//   referent-bench [tokenizer] [FILE] [--repeat N] [--iterations K]   tokenizer throughput
//   referent-bench stages DIR [--rounds N]                            time per pipeline stage
//
// Each prints one "name: value" line per figure; `scripts/bench/bench.sh` reads them.
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

/// The next argument as a number, or exit with a usage message.
func number(after option: String, _ arguments: inout ArraySlice<String>) -> Int {
    guard let value = arguments.popFirst().flatMap({ Int($0) }) else {
        fail("\(option) needs a number")
    }
    return value
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "-h", "--help":
    fail(
        """
        usage: referent-bench [tokenizer] [FILE] [--repeat N] [--iterations K]
               referent-bench stages DIR [--rounds N]
        """)
case "stages": runStageBench(Array(arguments.dropFirst()))
case "tokenizer": runTokenizerBench(Array(arguments.dropFirst()))
default: runTokenizerBench(arguments)
}
