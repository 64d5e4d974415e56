package io.segmentation.erasure;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Erases a customer (GDPR article 17). */
@RestController
@Tag(name = "Customers")
class ErasureController {

    private final CustomerErasure erasure;

    ErasureController(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    @DeleteMapping("/customers/{id}")
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer everywhere the service holds them",
            description = "Removes the customer's orders from every upload, their rows from the kept upload files"
                    + " (rewritten; sha256 stays the hash of the file as uploaded, so re-sending the original is"
                    + " answered with the existing report and stores nothing), their profiles and segment history in"
                    + " every stored run, their segment changes and their entries in pending webhook deliveries and"
                    + " dashboard aggregates; then runs. The audit record (erasures) keeps only when and how much."
                    + " A request that failed half-way can be repeated: it removes what is left. Needs 'write'.")
    @ApiResponse(responseCode = "200", description = "Erased; the counts per store and the run", useReturnTypeSchema = true)
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No customer '99999' in the stored orders or profiles: nothing to erase. Customer ids are as in"
                    + " the data (12923.0 is 12923); GET /customers lists them.")
    ErasureReport erase(@Parameter(example = "12347") @PathVariable String id) {
        return erasure.erase(id);
    }
}
