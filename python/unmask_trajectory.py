"""Record a masked diffusion model's decoding order as an unmask-trajectory/1 file (JSONL).

Standard library only; torch tensors (and numpy arrays) are accepted wherever a list is, through
their .tolist(), without importing torch. docs/trajectory-format.md in the unmask repository
describes the format; in short, one JSON object a line:

    {"type": "header", "format": "unmask-trajectory/1", "model": ..., "prompt": [...], "gen_length": G,
     "steps": S, "block_length": B, "mask_token": ...}
    {"type": "step", "step": k, "block": b, "revealed": [{"position": p, "token": "...", "confidence": c}],
     "remasked": [p, ...]}
    {"type": "final", "tokens": [...], "text": "...", "nfe": K}

Writing, from inside a sampler (every call writes one line and flushes it, so a killed run
leaves only complete lines):

    with TrajectoryRecorder("run.jsonl", decode=tokenizer.decode, model="LLaDA-8B-Instruct",
                            prompt=prompt_ids, gen_length=256, steps=64, block_length=32,
                            mask_token="<|mdm_mask|>") as recorder:
        recorder.step(1, 0, [(5, 1234, 0.97), (9, 42, 0.88)])
        ...
        recorder.finish(token_ids, text, nfe=64)

or after the run, from what other samplers keep: from_history (dLLM, Dream: one sequence per
step), from_step_map (lmdeploy: the step of each token), from_llada_visualiser (the text file of
LLaDA's visualization/generate.py). read_trajectory reads a file back with the format's rules
for bad lines.
"""

import json
import math

FORMAT = "unmask-trajectory/1"

__all__ = ["FORMAT", "TrajectoryRecorder", "Trajectory", "read_trajectory", "from_history", "from_step_map",
           "from_llada_visualiser", "parse_llada_visualiser"]


class TrajectoryRecorder:
    """Writes one trajectory file: the header at construction, one line per step() and the final
    line at finish(). Usable as a context manager; leaving the block closes the file (without a
    final line when finish() was not called, which a reader treats like a killed run).

    path: the file to write (created or truncated, UTF-8).
    decode: optional callable id -> token string; token ids (ints, 0-d tensors) are passed
        through it, strings are written as they are.
    mask_id: optional; needed only by observe().
    header: the header's keys. gen_length, steps and block_length are required; model,
        mask_token default to null and prompt to []; prompt may hold ids (decoded) or strings.
        Further keys (schedule, policy, temperature, threshold, or a tool's own) are written as
        given and must be JSON values."""

    def __init__(self, path, decode=None, mask_id=None, **header):
        self.decode = decode
        self.mask_id = _plain(mask_id) if mask_id is not None else None
        for name in ("gen_length", "steps", "block_length"):
            value = _plain(header.get(name))
            if not _is_int(value) or value < 1:
                raise ValueError(f"header key '{name}' must be a positive integer, not {header.get(name)!r:.60}")
            header[name] = value
        self.gen_length = header["gen_length"]
        prompt = header.pop("prompt", None)
        if isinstance(prompt, (str, bytes)):
            raise ValueError("header key 'prompt' must be a list of tokens or ids, not one string")
        mask_token = header.pop("mask_token", None)
        if mask_token is None and mask_id is not None and decode is not None:
            mask_token = decode(self.mask_id)
        line = {"type": "header", "format": FORMAT, "model": header.pop("model", None),
                "prompt": [self._token(t) for t in _plain(prompt)] if prompt is not None else [],
                "gen_length": header.pop("gen_length"), "steps": header.pop("steps"),
                "block_length": header.pop("block_length"),
                "mask_token": mask_token if mask_token is None else self._token(mask_token)}
        for name, value in header.items():
            if name in ("type", "format"):
                raise ValueError(f"header key '{name}' is set by the recorder")
            line[name] = _plain(value)
        self.last_step = 0
        self.last_block = 0
        self.block_length = line["block_length"]
        self.finished = False
        self._previous = None
        text = json.dumps(line, ensure_ascii=False, allow_nan=False)  # a bad header fails before the file exists
        self._handle = open(str(path), "w", encoding="utf-8", newline="")
        self._handle.write(text + "\n")
        self._handle.flush()

    def step(self, step, block, revealed, remasked=None, drafts=None):
        """One step line. step: 1-based, increasing; block: 0-based; revealed: (position, token,
        confidence) tuples, (position, token) pairs or dicts with those keys; positions are
        0-based in the generated part; confidence may be None. remasked: positions set back to
        the mask in this step (applied before revealed, so an edit is remasked and revealed at
        once). drafts: like revealed, the sampler's current guesses at still-masked positions."""
        if self.finished:
            raise ValueError("step() after finish()")
        step, block = _plain(step), _plain(block)
        if not _is_int(step) or step <= self.last_step:
            raise ValueError(f"step must be an integer above the previous step {self.last_step}, not {step!r:.60}")
        if not _is_int(block) or block < 0:
            raise ValueError(f"block must be a non-negative integer, not {block!r:.60}")
        line = {"type": "step", "step": step, "block": block, "revealed": self._entries(revealed, "revealed")}
        if remasked is not None:
            line["remasked"] = [self._position(p, "remasked") for p in _plain(remasked)]
        if drafts is not None:
            line["drafts"] = self._entries(drafts, "drafts")
        self.last_step = step
        self.last_block = block
        self._write(line)

    def observe(self, generated, step=None, block=None, confidences=None):
        """A step from the generated part of the current sequence (ids, mask_id where masked):
        positions that were masked in the previous observe() (or in the all-masked start) and hold
        a token now are revealed, positions that held a token and are masked now are remasked,
        and a position whose token changed is both. Returns the step's line number k, or None
        when nothing changed (no line is written then). step defaults to the previous one + 1,
        block to the block of the first changed position; confidences, if given, is one number
        (or None) per generated position."""
        if self.mask_id is None:
            raise ValueError("observe() needs the recorder's mask_id")
        current = list(_plain(generated))
        if len(current) != self.gen_length:
            raise ValueError(f"observe(): {len(current)} generated positions, the header says {self.gen_length}")
        previous = self._previous if self._previous is not None else [self.mask_id] * self.gen_length
        scores = list(_plain(confidences)) if confidences is not None else None
        revealed, remasked = [], []
        for position, (old, new) in enumerate(zip(previous, current)):
            if old == new:
                continue
            if old != self.mask_id:
                remasked.append(position)
            if new != self.mask_id:
                revealed.append((position, new, scores[position] if scores is not None else None))
        self._previous = current
        if not revealed and not remasked:
            return None
        step = self.last_step + 1 if step is None else step
        if block is None:
            first = min([p for p, _, _ in revealed] + remasked)
            block = first // self.block_length
        self.step(step, block, revealed, remasked=remasked if remasked else None)
        return self.last_step

    def finish(self, tokens, text, nfe):
        """The final line: the generated tokens (ids are decoded), the decoded text, and the
        number of function evaluations. Closes the file."""
        if self.finished:
            raise ValueError("finish() was called already")
        nfe = _plain(nfe)
        if not _is_int(nfe) or nfe < 0:
            raise ValueError(f"nfe must be a non-negative integer, not {nfe!r:.60}")
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, not {type(text).__name__}")
        self._write({"type": "final", "tokens": [self._token(t) for t in _plain(tokens)], "text": text, "nfe": nfe})
        self.finished = True
        self.close()

    def close(self):
        if not self._handle.closed:
            self._handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # -- internals

    def _write(self, line):
        self._handle.write(json.dumps(line, ensure_ascii=False, allow_nan=False) + "\n")
        self._handle.flush()

    def _token(self, token):
        token = _plain(token)
        if isinstance(token, str):
            return token
        if _is_int(token):
            if self.decode is None:
                raise ValueError(f"token id {token} given, but the recorder has no decode callable")
            text = self.decode(token)
            if not isinstance(text, str):
                raise ValueError(f"decode({token}) returned {type(text).__name__}, not a string")
            return text
        raise ValueError(f"a token must be a string or an integer id, not {token!r:.60}")

    def _position(self, position, what):
        position = _plain(position)
        if not _is_int(position) or not 0 <= position < self.gen_length:
            raise ValueError(f"{what}: position {position!r:.60} is outside 0..{self.gen_length - 1}")
        return position

    def _entries(self, entries, what):
        result = []
        for entry in _plain(entries):
            if isinstance(entry, dict):
                position, token, confidence = entry.get("position"), entry.get("token"), entry.get("confidence")
            else:
                entry = list(entry)
                if len(entry) not in (2, 3):
                    raise ValueError(f"{what}: expected (position, token, confidence), got {entry!r:.60}")
                position, token = entry[0], entry[1]
                confidence = entry[2] if len(entry) == 3 else None
            confidence = _plain(confidence)
            if confidence is not None:
                if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
                    raise ValueError(f"{what}: confidence must be a number or None, not {confidence!r:.60}")
                confidence = float(confidence) if math.isfinite(confidence) else None
            result.append({"position": self._position(position, what), "token": self._token(token),
                           "confidence": confidence})
        return result


# -- converters


def from_history(histories, mask_id, decode, *, path, prompt_length=None, row=0, text=None, nfe=None, **header):
    """Writes a trajectory from a history of sequences, one per step (dLLM's `histories`, Dream's
    `output.history` with output_history=True): a step's revealed positions are those that
    changed from the mask, remasked those that changed from a token back to the mask (a token
    changed into another is both). An entry may be one sequence or a batch (row picks the
    sequence, default 0). The generated part is each sequence after prompt_length, or its last
    gen_length positions. A first entry that is still all masks is the start, not a step; a step
    in which nothing changed is still written (the model was evaluated). The header's gen_length
    defaults to the generated part's length, steps to the number of steps, block_length to
    gen_length; the final line has the last entry's tokens, text (default: the tokens joined)
    and nfe (default: the number of steps). Returns path."""
    mask_id = _plain(mask_id)
    sequences = []
    for index, entry in enumerate(histories):
        entry = _plain(entry)
        if entry and isinstance(entry[0], list):
            entry = entry[row]
        sequences.append(list(entry))
    if not sequences:
        raise ValueError("from_history: the history is empty")
    gen_length = _plain(header.get("gen_length"))
    if prompt_length is not None:
        generated = [s[prompt_length:] for s in sequences]
    elif gen_length is not None:
        generated = [s[len(s) - gen_length:] for s in sequences]
    else:
        raise ValueError("from_history needs prompt_length or gen_length to find the generated part")
    if gen_length is None:
        gen_length = len(generated[0])
    if generated and all(token == mask_id for token in generated[0]):
        generated = generated[1:]
    header.setdefault("gen_length", gen_length)
    header.setdefault("steps", max(len(generated), 1))
    header.setdefault("block_length", header["gen_length"])
    with TrajectoryRecorder(path, decode=decode, mask_id=mask_id, **header) as recorder:
        for index, state in enumerate(generated, start=1):
            if recorder.observe(state, step=index) is None:
                recorder.step(index, recorder.last_block, [])
        final = generated[-1] if generated else [mask_id] * gen_length
        tokens = [recorder._token(t) for t in final]
        recorder.finish(tokens, "".join(tokens) if text is None else text, len(generated) if nfe is None else nfe)
    return path


def from_step_map(step_map, tokens, *, path, decode=None, text=None, nfe=None, **header):
    """Writes a trajectory from the step at which each generated token was decoded (lmdeploy's
    step_map, one entry per token of `tokens`; ids need decode). Steps are 1-based in the file:
    a map whose smallest step is 0 is taken as 0-based and shifted by one. Every step from 1 to
    the largest is written, those that revealed nothing too; a step's block is that of its first
    revealed position. gen_length defaults to len(tokens), steps to the largest step,
    block_length to gen_length; confidences are null. Returns path."""
    steps_of = [_plain(s) for s in _plain(step_map)]
    tokens = list(_plain(tokens))
    if len(steps_of) != len(tokens):
        raise ValueError(f"from_step_map: {len(steps_of)} steps for {len(tokens)} tokens")
    if not all(_is_int(s) and s >= 0 for s in steps_of):
        raise ValueError("from_step_map: every step must be a non-negative integer")
    shift = 1 if steps_of and min(steps_of) == 0 else 0
    steps_of = [s + shift for s in steps_of]
    last = max(steps_of, default=0)
    header.setdefault("gen_length", len(tokens))
    header.setdefault("steps", max(last, 1))
    header.setdefault("block_length", header["gen_length"])
    with TrajectoryRecorder(path, decode=decode, **header) as recorder:
        by_step = {}
        for position, step in enumerate(steps_of):
            by_step.setdefault(step, []).append((position, tokens[position], None))
        block = 0
        for step in range(1, last + 1):
            revealed = by_step.get(step, [])
            if revealed:
                block = revealed[0][0] // header["block_length"]
            recorder.step(step, block, revealed)
        strings = [recorder._token(t) for t in tokens]
        recorder.finish(strings, "".join(strings) if text is None else text, last if nfe is None else nfe)
    return path


LLADA_MASK = "<|mdm_mask|>"


def parse_llada_visualiser(text):
    """The states in the text that LLaDA's visualization/generate.py appends to
    sample_process.txt: one line per step, `k, ` and then every generated position as `*TOKEN&`
    (the decoded token, with newlines and <|eot_id|>, <|endoftext|> replaced by a space), the
    whole line stripped of outer whitespace. Returns [(k, [token, ...]), ...] in file order.
    Blank lines are skipped; a line that does not have that shape raises ValueError with its
    number. A token holding '&*' cannot be told from two tokens (the format has no escape)."""
    states = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        head, comma, body = line.partition(",")
        body = body.strip()
        if not comma or not head.strip().isdigit() or not (body.startswith("*") and body.endswith("&")):
            raise ValueError(f"line {number}: not 'k, *token&*token&...': {line!r:.60}")
        states.append((int(head), body[1:-1].split("&*")))
    return states


def from_llada_visualiser(text, *, path, mask_token=LLADA_MASK, final_text=None, **header):
    """Writes a trajectory from LLaDA's visualiser text (parse_llada_visualiser): step k's revealed
    positions are those masked in line k - 1 (all masked before line 1) and not in line k.
    The visualiser keeps no confidences (null) and no prompt ([] unless given); its tokens are
    stripped of newlines. gen_length defaults to the tokens per line, steps to the number of
    lines, block_length to gen_length (give the run's block_length for the blocks to be right).
    Returns path."""
    states = parse_llada_visualiser(text)
    if not states:
        raise ValueError("from_llada_visualiser: no steps in the text")
    width = len(states[0][1])
    for k, tokens in states:
        if len(tokens) != width:
            raise ValueError(f"from_llada_visualiser: step {k} has {len(tokens)} tokens, step {states[0][0]} {width}")
    header.setdefault("gen_length", width)
    header.setdefault("steps", len(states))
    header.setdefault("block_length", header["gen_length"])
    header.setdefault("mask_token", mask_token)
    header.setdefault("model", "LLaDA")
    with TrajectoryRecorder(path, mask_id=mask_token, **header) as recorder:
        steps = header["steps"]
        blocks = header["gen_length"] // header["block_length"]
        per_block = steps // blocks if blocks and steps % blocks == 0 else None
        for k, tokens in states:
            block = (k - 1) // per_block if per_block else None
            if recorder.observe(tokens, step=k, block=block) is None:
                recorder.step(k, recorder.last_block if block is None else block, [])
        final = states[-1][1]
        recorder.finish(final, "".join(final) if final_text is None else final_text, len(states))
    return path


# -- reading


class Trajectory:
    """A file read back: header (dict or None), steps (list of step dicts), final (dict or None),
    problems: [(line number, reason)] for lines that were skipped."""

    def __init__(self, header, steps, final, problems):
        self.header, self.steps, self.final, self.problems = header, steps, final, problems

    def states(self):
        """The generated part after each step, as a list of lists of token strings (the header's
        mask_token, or None, where masked): remasked positions first, then revealed."""
        width = self.header["gen_length"] if self.header else 0
        current = [self.header.get("mask_token") if self.header else None] * width
        result = []
        for step in self.steps:
            for position in step.get("remasked", []):
                current[position] = self.header.get("mask_token")
            for entry in step["revealed"]:
                current[entry["position"]] = entry["token"]
            result.append(list(current))
        return result


def read_trajectory(path):
    """Reads a trajectory file with the format's rules: a line that is not a JSON object with a
    known type and its required keys is skipped and listed in problems with its line number; a
    last line without its newline (a killed run) is dropped without a problem if it does not
    parse; unknown keys and unknown types are ignored. Raises ValueError when the file has no
    valid header (another format, or none)."""
    with open(str(path), "r", encoding="utf-8", errors="replace", newline="") as handle:
        text = handle.read()
    lines = text.split("\n")
    unterminated = lines.pop()  # "" when the file ends with a newline
    header, steps, final, problems = None, [], None, []
    numbered = list(enumerate(lines, start=1))
    if unterminated:
        numbered.append((len(lines) + 1, unterminated))
    for number, line in numbered:
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            if number == len(lines) + 1:
                continue  # a killed run's partial last line
            problems.append((number, "not JSON"))
            continue
        reason = _check_line(value, header)
        if not reason and value["type"] == "header" and header is not None:
            reason = "a second header"
        if not reason and value["type"] == "step" and steps and value["step"] <= steps[-1]["step"]:
            reason = f"step {value['step']} does not follow step {steps[-1]['step']}"
        if not reason and value["type"] == "step" and final is not None:
            reason = "a step after the final line"
        if reason:
            problems.append((number, reason))
        elif value["type"] == "header":
            header = value
        elif value["type"] == "step":
            steps.append(value)
        elif value["type"] == "final":
            final = value
    if header is None:
        reasons = "; ".join(f"line {n}: {r}" for n, r in problems[:3])
        raise ValueError(f"{path}: no {FORMAT} header" + (f" ({reasons})" if reasons else ""))
    return Trajectory(header, steps, final, problems)


def _check_line(value, header):
    if not isinstance(value, dict) or not isinstance(value.get("type"), str):
        return "not an object with a type"
    kind = value["type"]
    if kind == "header":
        if value.get("format") != FORMAT:
            return f"format is not {FORMAT}"
        for name in ("gen_length", "steps", "block_length"):
            if not _is_int(value.get(name)) or value[name] < 1:
                return f"{name} is not a positive integer"
        if not isinstance(value.get("prompt"), list):
            return "prompt is not a list"
        return None
    if header is None and kind in ("step", "final"):
        return "before the header"
    if kind == "step":
        if not _is_int(value.get("step")) or value["step"] < 1 or not _is_int(value.get("block")):
            return "step or block is not an integer"
        entries = value.get("revealed")
        if not isinstance(entries, list):
            return "revealed is not a list"
        for entry in entries:
            if (not isinstance(entry, dict) or not _is_int(entry.get("position"))
                    or not 0 <= entry["position"] < header["gen_length"] or not isinstance(entry.get("token"), str)):
                return "a revealed entry has no position in range or no token string"
        remasked = value.get("remasked", [])
        if not isinstance(remasked, list) or not all(_is_int(p) and 0 <= p < header["gen_length"] for p in remasked):
            return "remasked is not a list of positions in range"
        return None
    if kind == "final":
        if not isinstance(value.get("tokens"), list) or not isinstance(value.get("text"), str):
            return "tokens or text missing"
        return None
    return None  # another tool's line type: ignored


def _plain(value):
    """Lists and numbers from torch tensors or numpy arrays (through .tolist()), without importing
    either; other values as they are."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return value.tolist()
    return value


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)
