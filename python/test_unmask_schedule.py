"""Tests of unmask_schedule.py, standard library only (no torch).

    python3 -m unittest -v test_unmask_schedule        (in this folder)

With UNMASK_SCHEDULE_DIR naming a folder that the Swift test PythonBridgeTests filled (schedule
files written by `unmask export`, `unmask schedule`'s tokens column as the expected counts, and
manifest.json listing the cases), the bridge's counts are checked against the CLI's; `swift test`
runs this module that way. Without it those checks are skipped (with a reason) and the rest run
on files written here.
"""

import json
import os
import tempfile
import unittest

import unmask_schedule as bridge

CLI_DIR = os.environ.get("UNMASK_SCHEDULE_DIR")


def linear_file(folder, length=12, steps=4, block_length=None, name="linear.json", **changes):
    """A schedule file of the linear schedule α = t with cumulative rounding, written by hand."""
    block_length = block_length or length
    blocks = length // block_length
    n = steps // blocks
    t = [k / n for k in range(n + 1)]
    revealed = [(2 * block_length * k + n) // (2 * n) for k in range(n + 1)]
    data = {
        "format": "unmask-schedule/1", "version": "test", "alpha": "linear", "length": length, "steps": steps,
        "block_length": block_length, "rounding": "cumulative", "seed": 0, "t": t, "alpha_values": t,
        "counts": [[revealed[k + 1] - revealed[k] for k in range(n)] for _ in range(blocks)],
    }
    data.update(changes)
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return path


def linear_counts(m, n):
    """Independent of the bridge: round(m·k/n) with halves up, in integers, differenced."""
    revealed = [(2 * m * k + n) // (2 * n) for k in range(n + 1)]
    return [revealed[k + 1] - revealed[k] for k in range(n)]


@unittest.skipUnless(CLI_DIR, "UNMASK_SCHEDULE_DIR not set: run through `swift test --filter PythonBridgeTests` "
                              "to check against files the Swift CLI wrote")
class CLIFilesTests(unittest.TestCase):
    """The bridge against `unmask export` files and `unmask schedule`'s tokens column."""

    def cases(self):
        with open(os.path.join(CLI_DIR, "manifest.json"), encoding="utf-8") as handle:
            cases = json.load(handle)
        self.assertGreater(len(cases), 0, "the manifest lists no cases")
        return cases

    def test_counts_equal_unmask_schedule(self):
        checked = 0
        for case in self.cases():
            with self.subTest(file=case["file"], masked=case["masked"], block=case["block"]):
                schedule = bridge.load_schedule(os.path.join(CLI_DIR, case["file"]))
                n = schedule.steps_per_block
                masked = case["masked"]
                rows = [[True] * masked + [False] * (schedule.block_length - masked)] * 2
                got = bridge.num_transfer_tokens(rows, n, schedule, block=case["block"])
                self.assertEqual(got, [case["expected"], case["expected"]])
                checked += 1
        self.assertEqual(checked, len(self.cases()))

    def test_json_and_csv_files_agree(self):
        for case in self.cases():
            if not case["file"].endswith(".json"):
                continue
            twin = os.path.join(CLI_DIR, case["file"][:-len(".json")] + ".csv")
            if not os.path.exists(twin):
                continue
            with self.subTest(file=case["file"]):
                a = bridge.load_schedule(os.path.join(CLI_DIR, case["file"]))
                b = bridge.load_schedule(twin)
                for name in ("alpha", "length", "steps", "block_length", "rounding", "seed", "version",
                             "t", "alpha_values", "counts"):
                    self.assertEqual(getattr(a, name), getattr(b, name), name)


class BridgeTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def test_lists_input_gives_lists(self):
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=12, steps=4))
        rows = [[True] * 12, [1] * 12]
        self.assertEqual(bridge.num_transfer_tokens(rows, 4, schedule), [[3, 3, 3, 3], [3, 3, 3, 3]])

    def test_full_block_takes_the_files_counts(self):
        path = linear_file(self.folder.name, length=8, steps=4, block_length=4)
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        data["counts"] = [[4, 0], [0, 4]]
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        schedule = bridge.load_schedule(path)
        self.assertEqual(bridge.num_transfer_tokens([[True] * 4], 2, schedule, block=1), [[0, 4]])
        self.assertEqual(bridge.num_transfer_tokens([[True] * 4], 2, schedule), [[4, 0]])

    def test_fewer_masked_tokens_use_the_alpha_grid(self):
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=64, steps=8))
        for m in range(0, 64):
            rows = [[True] * m + [False] * (64 - m)]
            with self.subTest(m=m):
                got = bridge.num_transfer_tokens(rows, 8, schedule)
                self.assertEqual(got, [linear_counts(m, 8)])
                self.assertEqual(sum(got[0]), m)

    def test_rows_of_one_batch_differ(self):
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=10, steps=4))
        rows = [[True] * 10, [True] * 5 + [False] * 5, [False] * 10]
        self.assertEqual(bridge.num_transfer_tokens(rows, 4, schedule),
                         [linear_counts(10, 4), linear_counts(5, 4), [0, 0, 0, 0]])

    def test_halves_round_up_not_to_even(self):
        # m·α = 2.5 at t = 1/2: Python's round would give 2, unmask gives 3.
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=8, steps=2))
        self.assertEqual(bridge.num_transfer_tokens([[True] * 5 + [False] * 3], 2, schedule), [[3, 2]])

    def test_wrong_steps_names_both(self):
        path = linear_file(self.folder.name, length=12, steps=4)
        schedule = bridge.load_schedule(path)
        with self.assertRaises(ValueError) as caught:
            bridge.num_transfer_tokens([[True] * 12], 6, schedule)
        self.assertIn("steps = 6", str(caught.exception))
        self.assertIn("4 steps per block", str(caught.exception))
        self.assertIn(path, str(caught.exception))

    def test_block_out_of_range(self):
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=8, steps=4, block_length=4))
        with self.assertRaises(ValueError) as caught:
            bridge.num_transfer_tokens([[True] * 4], 2, schedule, block=2)
        self.assertIn("block = 2", str(caught.exception))

    def test_check_generation_names_the_mismatch(self):
        schedule = bridge.load_schedule(linear_file(self.folder.name, length=8, steps=4, block_length=4))
        bridge.check_generation(schedule, gen_length=8, block_length=4, steps=4)
        with self.assertRaises(ValueError) as caught:
            bridge.check_generation(schedule, gen_length=8, block_length=8, steps=4)
        self.assertIn("block_length = 8", str(caught.exception))

    def test_wrong_format_is_refused(self):
        path = linear_file(self.folder.name, format="unmask-schedule/2")
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn(path, str(caught.exception))
        self.assertIn("'format'", str(caught.exception))

    def test_missing_key_is_named(self):
        path = linear_file(self.folder.name)
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        del data["counts"]
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn("'counts'", str(caught.exception))

    def test_counts_that_do_not_sum_to_the_block_are_refused(self):
        path = linear_file(self.folder.name, length=12, steps=4, counts=[[3, 3, 3, 2]])
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn("'counts'", str(caught.exception))

    def test_truncated_json_is_refused(self):
        path = linear_file(self.folder.name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn(path, str(caught.exception))
        self.assertIn("JSON", str(caught.exception))

    def test_csv_wrong_format_names_the_line(self):
        path = os.path.join(self.folder.name, "bad.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("# format: unmask-schedule/9\n# alpha: linear\n" + bridge.CSV_HEADER + "\n")
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn(path + ", line 1", str(caught.exception))

    def test_csv_bad_row_names_the_line(self):
        path = os.path.join(self.folder.name, "bad.csv")
        lines = ["# format: unmask-schedule/1", "# alpha: linear", "# length: 4", "# steps: 2", "# block_length: 4",
                 "# rounding: cumulative", "# seed: 0", "# version: test", bridge.CSV_HEADER,
                 "0,0,0.0,0.5,0.0,0.5,2", "0,1,0.5,1.0,0.5,x,2"]
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        with self.assertRaises(ValueError) as caught:
            bridge.load_schedule(path)
        self.assertIn("line 11", str(caught.exception))
        lines[-1] = "0,1,0.5,1.0,0.5,1.0,2"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        schedule = bridge.load_schedule(path)
        self.assertEqual(schedule.counts, [[2, 2]])
        self.assertEqual(schedule.t, [0.0, 0.5, 1.0])


if __name__ == "__main__":
    unittest.main()
