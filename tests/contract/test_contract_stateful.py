"""Stateful property tests: chains of calls that follow the spec's links (and the links schemathesis
infers from matching names and Location headers), each response checked before the next call uses
it: a created Powerpack can be read, updated and deleted, a deleted one is gone, and so on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import hypothesis
import pytest
from contract_support import COUNTER, current_profile, current_schema
from hypothesis.stateful import get_state_machine_test
from plivo_emulator.server import EmulatorServer
from schemathesis.generation import overrides
from schemathesis.generation.case import Case
from schemathesis.generation.hypothesis.reporting import ignore_hypothesis_output
from schemathesis.generation.stateful.state_machine import APIStateMachine

schema = current_schema()
Workflow: type[APIStateMachine] = schema.as_state_machine()


def make_workflow(base_url: str, reset: Callable[[], None]) -> type[APIStateMachine]:
    class ContractWorkflow(Workflow):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            # Every scenario starts from an empty account, so Hypothesis can replay (and shrink) one:
            # otherwise a name taken by an earlier scenario changes what this one's calls answer.
            reset()
            super().setup()

        def before_call(self, case: Case[Any]) -> None:
            # As the `st` command does: fixed parameters of the config (the account in every path)
            # win over values the scenario drew or took from an earlier response.
            overrides.for_operation(schema.config, operation=case.operation).apply_to(case)
            super().before_call(case)

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url}

        def after_call(self, response: Any, case: Case[Any]) -> None:
            COUNTER.record("stateful", case.operation.label)
            if response.status_code < 300 and "json" in response.headers.get("content-type", [""])[0]:
                COUNTER.record_states(response.json())
            super().after_call(response, case)

    return ContractWorkflow


@pytest.mark.timeout(3600)  # the deep profile runs 200 scenarios of up to 20 calls
def test_stateful_workflows(contract_base_url: str, contract_emulator: EmulatorServer | None) -> None:
    profile = current_profile()
    if profile.live and not profile.writes:
        pytest.skip("stateful scenarios create resources; PLIVO_CONTRACT_LIVE_WRITES=1 allows them")
    reset = contract_emulator.runtime.store.reset if contract_emulator is not None else (lambda: None)
    settings = hypothesis.settings(
        max_examples=profile.stateful_examples,
        stateful_step_count=profile.stateful_steps,
        deadline=None,
        database=None,
        # Each step is an HTTP call (too slow for hypothesis' taste), and the links' parameters are
        # drawn with filters; every other health check stays on.
        suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.filter_too_much],
    )
    run = get_state_machine_test(make_workflow(contract_base_url, reset), settings=settings, _min_steps=2)
    with ignore_hypothesis_output():
        hypothesis.seed(profile.seed)(run)()
