"""Tests of unmask_trajectory.py, standard library only (no torch), on plain lists.

    python3 -m unittest -v test_unmask_trajectory        (in this folder)

`swift test` runs this module through PythonBridgeTests.
"""

import json
import os
import tempfile
import unittest

import unmask_trajectory as traj

MASK = 99
# Token pieces as tokenizers give them: leading spaces, GPT-2's Ġ, SentencePiece's ▁, a newline,
# CJK, an emoji, quotes and a backslash (JSON escapes), and the visualiser's own markers.
VOCAB = {0: "Hello", 1: " world", 2: "Ġthe", 3: "▁cat", 4: "\n", 5: "猫", 6: "🐈‍⬛", 7: '"q"\\', 8: "a&b", 9: "*",
         MASK: "<|mdm_mask|>"}


def decode(token_id):
    return VOCAB[token_id]


class Folder(unittest.TestCase):
    def setUp(self):
        self._folder = tempfile.TemporaryDirectory()
        self.folder = self._folder.name

    def tearDown(self):
        self._folder.cleanup()

    def path(self, name="run.jsonl"):
        return os.path.join(self.folder, name)

    def lines(self, path):
        with open(path, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]


class RecorderTests(Folder):
    def test_lines_and_utf8_round_trip(self):
        path = self.path()
        with traj.TrajectoryRecorder(path, decode=decode, model="toy", prompt=[0, " and"], gen_length=6, steps=3,
                                     block_length=3, mask_token=MASK, schedule="beta:0.9,0.3", temperature=0.0,
                                     my_tool_key={"x": 1}) as recorder:
            recorder.step(1, 0, [(0, 4, 0.5), {"position": 2, "token": 5, "confidence": None}])
            recorder.step(2, 0, [(1, "Ġthe", 0.25)], drafts=[(3, 6, 0.125)])
            recorder.step(3, 1, [(3, 6, 1), (4, 7, 0.75), (5, 8)])
            recorder.finish([4, 2, 5, 6, 7, 8], "\nĠthe猫🐈‍⬛\"q\"\\a&b", nfe=3)
        with open(path, "rb") as handle:
            raw = handle.read()
        self.assertTrue(raw.endswith(b"\n"))
        self.assertIn("猫".encode("utf-8"), raw, "non-ASCII is written as UTF-8, not \\u escapes")
        self.assertEqual(raw.count(b"\n"), 5, "a newline inside a token is escaped, one object a line")
        header, *steps, final = self.lines(path)
        self.assertEqual(header["format"], "unmask-trajectory/1")
        self.assertEqual(header["prompt"], ["Hello", " and"])
        self.assertEqual(header["mask_token"], "<|mdm_mask|>")
        self.assertEqual((header["gen_length"], header["steps"], header["block_length"]), (6, 3, 3))
        self.assertEqual(header["schedule"], "beta:0.9,0.3")
        self.assertEqual(header["my_tool_key"], {"x": 1})
        self.assertEqual(steps[0]["revealed"], [{"position": 0, "token": "\n", "confidence": 0.5},
                                                {"position": 2, "token": "猫", "confidence": None}])
        self.assertNotIn("remasked", steps[0])
        self.assertEqual(steps[1]["drafts"], [{"position": 3, "token": "🐈‍⬛", "confidence": 0.125}])
        self.assertEqual(steps[2]["revealed"][2], {"position": 5, "token": "a&b", "confidence": None})
        self.assertEqual(final, {"type": "final", "tokens": ["\n", "Ġthe", "猫", "🐈‍⬛", '"q"\\', "a&b"],
                                 "text": "\nĠthe猫🐈‍⬛\"q\"\\a&b", "nfe": 3})
        read = traj.read_trajectory(path)
        self.assertEqual(read.problems, [])
        self.assertEqual(read.states()[-1], final["tokens"])

    def test_every_line_is_flushed_so_a_killed_run_leaves_complete_lines(self):
        path = self.path()
        recorder = traj.TrajectoryRecorder(path, decode=decode, gen_length=4, steps=2, block_length=4)
        recorder.step(1, 0, [(0, 0, 0.9)])
        # Not closed, as when the process is killed: the lines written so far are on disk.
        self.assertEqual([line["type"] for line in self.lines(path)], ["header", "step"])
        recorder.close()

    def test_tensor_like_values_go_through_tolist(self):
        class FakeTensor:  # what torch and numpy offer: .tolist(), no torch import needed
            def __init__(self, value):
                self.value = value

            def tolist(self):
                return self.value

        path = self.path()
        with traj.TrajectoryRecorder(path, decode=decode, mask_id=FakeTensor(MASK), prompt=FakeTensor([0]),
                                     gen_length=FakeTensor(2), steps=1, block_length=2) as recorder:
            recorder.observe(FakeTensor([5, 6]), confidences=FakeTensor([0.5, 0.25]))
            recorder.finish(FakeTensor([5, 6]), "猫🐈‍⬛", nfe=FakeTensor(1))
        read = traj.read_trajectory(path)
        self.assertEqual(read.header["prompt"], ["Hello"])
        self.assertEqual(read.steps[0]["revealed"][1], {"position": 1, "token": "🐈‍⬛", "confidence": 0.25})
        self.assertEqual(read.final["nfe"], 1)

    def test_an_exception_inside_the_block_leaves_a_file_without_final(self):
        path = self.path()
        with self.assertRaises(RuntimeError):
            with traj.TrajectoryRecorder(path, gen_length=2, steps=2, block_length=2) as recorder:
                recorder.step(1, 0, [(0, "a", 0.5)])
                raise RuntimeError("out of memory")
        read = traj.read_trajectory(path)
        self.assertEqual((len(read.steps), read.final, read.problems), (1, None, []))

    def test_non_finite_confidence_is_null(self):
        path = self.path()
        with traj.TrajectoryRecorder(path, gen_length=2, steps=1, block_length=2) as recorder:
            recorder.step(1, 0, [(0, "a", float("nan")), (1, "b", float("-inf"))])
        self.assertEqual([e["confidence"] for e in self.lines(path)[1]["revealed"]], [None, None])

    def test_refuses_what_would_write_a_bad_file(self):
        path = self.path()
        with self.assertRaises(ValueError):
            traj.TrajectoryRecorder(path, gen_length=4, steps=0, block_length=4)
        with self.assertRaisesRegex(ValueError, "one string"):
            traj.TrajectoryRecorder(path, gen_length=4, steps=1, block_length=4, prompt="Hello")
        with self.assertRaises(TypeError):
            traj.TrajectoryRecorder(path, gen_length=4, steps=1, block_length=4, temperature=object())
        self.assertFalse(os.path.exists(path), "a refused header writes no file")
        with traj.TrajectoryRecorder(path, gen_length=4, steps=2, block_length=4) as recorder:
            with self.assertRaisesRegex(ValueError, "outside 0..3"):
                recorder.step(1, 0, [(4, "x", None)])
            with self.assertRaisesRegex(ValueError, "no decode"):
                recorder.step(1, 0, [(0, 5, None)])
            recorder.step(1, 0, [(0, "x", None)])
            with self.assertRaisesRegex(ValueError, "above the previous step"):
                recorder.step(1, 0, [])

    def test_observe_diffs_states_with_remasking_and_edits(self):
        path = self.path()
        with traj.TrajectoryRecorder(path, decode=decode, mask_id=MASK, gen_length=4, steps=3,
                                     block_length=2) as recorder:
            self.assertEqual(recorder.observe([MASK, 1, MASK, MASK], confidences=[0, 0.5, 0, 0]), 1)
            self.assertIsNone(recorder.observe([MASK, 1, MASK, MASK]))
            recorder.observe([0, MASK, MASK, 3])          # 0 revealed, 1 remasked, 3 revealed
            recorder.observe([0, 2, 5, 6])                # 3 edited: remasked and revealed
        _, one, two, three = self.lines(path)
        self.assertEqual(one["revealed"], [{"position": 1, "token": " world", "confidence": 0.5}])
        self.assertEqual(two["step"], 2)
        self.assertEqual(two["remasked"], [1])
        self.assertEqual([e["position"] for e in two["revealed"]], [0, 3])
        self.assertEqual(three["remasked"], [3])
        self.assertEqual([(e["position"], e["token"]) for e in three["revealed"]],
                         [(1, "Ġthe"), (2, "猫"), (3, "🐈‍⬛")])
        self.assertEqual(traj.read_trajectory(path).states()[-1], ["Hello", "Ġthe", "猫", "🐈‍⬛"])


class ConverterTests(Folder):
    def test_from_history_round_trip(self):
        prompt = [7, 7]
        histories = [
            prompt + [MASK] * 6,                      # the start: not a step
            prompt + [MASK, MASK, 5, MASK, MASK, MASK],
            prompt + [4, MASK, 5, MASK, MASK, MASK],
            prompt + [4, MASK, 5, MASK, MASK, MASK],  # nothing changed: an empty step
            prompt + [4, 2, MASK, 6, MASK, MASK],     # 2 remasked
            prompt + [4, 2, 3, 6, 0, 1],
        ]
        path = self.path()
        traj.from_history(histories, MASK, decode, path=path, prompt_length=2, model="dream-toy", block_length=3)
        read = traj.read_trajectory(path)
        self.assertEqual(read.problems, [])
        self.assertEqual(read.header["gen_length"], 6)
        self.assertEqual(read.header["steps"], 5)
        self.assertEqual([s["step"] for s in read.steps], [1, 2, 3, 4, 5])
        self.assertEqual(read.steps[2]["revealed"], [])
        self.assertEqual(read.steps[3]["remasked"], [2])
        self.assertEqual([s["block"] for s in read.steps], [0, 0, 0, 0, 0])
        expected = [[decode(t) for t in h[2:]] for h in histories[1:]]
        self.assertEqual(read.states(), expected)
        self.assertEqual(read.final["tokens"], expected[-1])
        self.assertEqual(read.final["nfe"], 5)

    def test_from_history_takes_batches_and_gen_length(self):
        histories = [[[9, 0, MASK], [9, 1, 1]], [[9, 0, 3], [9, 2, 2]]]
        path = self.path()
        traj.from_history(histories, MASK, decode, path=path, gen_length=2, text="Hello▁cat")
        read = traj.read_trajectory(path)
        self.assertEqual(read.states(), [["Hello", "<|mdm_mask|>"], ["Hello", "▁cat"]])
        self.assertEqual(read.final["text"], "Hello▁cat")

    def test_from_step_map_round_trip(self):
        tokens = [0, 1, 4, 5, 6, 2]
        step_map = [0, 2, 2, 0, 3, 3]  # 0-based, step 1 (0-based) revealed nothing
        path = self.path()
        traj.from_step_map(step_map, tokens, path=path, decode=decode, block_length=3, model="lmdeploy-toy")
        read = traj.read_trajectory(path)
        self.assertEqual(read.problems, [])
        self.assertEqual(read.header["steps"], 4)
        self.assertEqual([[e["position"] for e in s["revealed"]] for s in read.steps], [[0, 3], [], [1, 2], [4, 5]])
        self.assertEqual([s["block"] for s in read.steps], [0, 0, 0, 1])
        self.assertEqual(read.states()[-1], [decode(t) for t in tokens])
        recovered = [None] * len(tokens)
        for s in read.steps:
            for e in s["revealed"]:
                recovered[e["position"]] = s["step"] - 1
        self.assertEqual(recovered, step_map)

    def test_from_step_map_one_based(self):
        path = self.path()
        traj.from_step_map([1, 1, 2], ["a", "\n", "🙂"], path=path)
        read = traj.read_trajectory(path)
        self.assertEqual([s["step"] for s in read.steps], [1, 2])
        self.assertEqual(read.final["tokens"], ["a", "\n", "🙂"])

    def visualiser_text(self, states):
        """What LLaDA's visualization/generate.py prints, step by step (written here from its
        description: `k, ` then `*token&` per position, newlines replaced by spaces, stripped)."""
        lines = []
        for k, state in enumerate(states, start=1):
            body = "".join(f"*{token.replace(chr(10), ' ')}&" for token in state).strip()
            lines.append(f"{k}, {body}")
        return "\n".join(lines) + "\n"

    def test_from_llada_visualiser_round_trip(self):
        M = traj.LLADA_MASK
        states = [
            [M, M, " world", M, M, M],
            [M, "猫", " world", M, M, M],
            ["Ġthe", "猫", " world", M, M, M],
            ["Ġthe", "猫", " world", "a&b", "*", M],
            ["Ġthe", "猫", " world", "a&b", "*", "🐈‍⬛"],
            ["Ġthe", "猫", " world", "a&b", "*", "🐈‍⬛"],
        ]
        text = self.visualiser_text(states)
        self.assertEqual([s for _, s in traj.parse_llada_visualiser(text)], states)
        path = self.path()
        traj.from_llada_visualiser(text, path=path, block_length=3, steps=6)
        read = traj.read_trajectory(path)
        self.assertEqual(read.problems, [])
        self.assertEqual(read.header["mask_token"], M)
        self.assertEqual(read.states(), states)
        self.assertEqual([s["block"] for s in read.steps], [0, 0, 0, 1, 1, 1])
        self.assertEqual(read.steps[5]["revealed"], [])
        self.assertTrue(all(e["confidence"] is None for s in read.steps for e in s["revealed"]))
        self.assertEqual(read.final["text"], "Ġthe猫 worlda&b*🐈‍⬛")

    def test_llada_visualiser_sample_shape(self):
        # The first tokens of LLaDA's visualization/sample_process.txt, line 2.
        text = "2, *<|mdm_mask|>&*<|mdm_mask|>&* (&*<|mdm_mask|>&"
        self.assertEqual(traj.parse_llada_visualiser(text)[0], (2, ["<|mdm_mask|>", "<|mdm_mask|>", " (", "<|mdm_mask|>"]))
        with self.assertRaisesRegex(ValueError, "line 1"):
            traj.parse_llada_visualiser("step two: *a&")


class ReaderTests(Folder):
    def write(self, text):
        path = self.path()
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return path

    HEADER = ('{"type": "header", "format": "unmask-trajectory/1", "model": null, "prompt": [], "gen_length": 3, '
              '"steps": 3, "block_length": 3, "mask_token": "<m>"}\n')

    def test_killed_run_partial_last_line_is_dropped(self):
        path = self.write(self.HEADER
                          + '{"type": "step", "step": 1, "block": 0, "revealed": [{"position": 0, "token": "猫", "confidence": 0.5}]}\n'
                          + '{"type": "step", "step": 2, "block": 0, "revealed": [{"position": 1, "tok')
        read = traj.read_trajectory(path)
        self.assertEqual(read.problems, [])
        self.assertEqual(len(read.steps), 1)
        self.assertIsNone(read.final)
        self.assertEqual(read.states(), [["猫", "<m>", "<m>"]])

    def test_malformed_lines_are_skipped_with_their_numbers(self):
        path = self.write(self.HEADER
                          + "not json\n"
                          + '{"type": "step", "step": 1, "block": 0, "revealed": [{"position": 7, "token": "x"}]}\n'
                          + '{"type": "step", "step": 1, "block": 0, "revealed": [{"position": 2, "token": "x"}], "mine": 1}\n'
                          + '{"type": "other-tool", "anything": true}\n'
                          + '{"type": "final", "tokens": ["<m>", "<m>", "x"], "text": "x", "nfe": 1}\n')
        read = traj.read_trajectory(path)
        self.assertEqual([n for n, _ in read.problems], [2, 3])
        self.assertEqual(len(read.steps), 1)
        self.assertEqual(read.final["nfe"], 1)

    def test_out_of_order_steps_a_second_header_and_a_step_after_final_are_problems(self):
        step = '{"type": "step", "step": %d, "block": 0, "revealed": []}\n'
        path = self.write(self.HEADER + step % 2 + step % 1 + self.HEADER
                          + '{"type": "final", "tokens": [], "text": "", "nfe": 1}\n' + step % 3)
        read = traj.read_trajectory(path)
        self.assertEqual([n for n, _ in read.problems], [3, 4, 6])
        self.assertEqual([s["step"] for s in read.steps], [2])

    def test_no_header_or_another_format_is_refused(self):
        with self.assertRaisesRegex(ValueError, "no unmask-trajectory/1 header"):
            traj.read_trajectory(self.write('{"type": "step", "step": 1, "block": 0, "revealed": []}\n'))
        with self.assertRaisesRegex(ValueError, "format is not"):
            traj.read_trajectory(self.write(self.HEADER.replace("trajectory/1", "trajectory/2")))

    def test_the_documented_example_reads_cleanly(self):
        doc = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "trajectory-format.md")
        if not os.path.exists(doc):
            self.skipTest("docs/trajectory-format.md is not next to this folder")
        with open(doc, encoding="utf-8") as handle:
            text = handle.read()
        start = text.index("```jsonl\n") + len("```jsonl\n")
        example = text[start:text.index("```", start)]
        read = traj.read_trajectory(self.write(example))
        self.assertEqual(read.problems, [])
        self.assertIsNotNone(read.final)
        self.assertEqual(read.states()[-1], read.final["tokens"])


if __name__ == "__main__":
    unittest.main()
