/**
 * One mechanism for every effective-dated figure in the product: pay rates and floors, Fair Work First criterion
 * rules, on-costs, the grant self-declaration limit, procurement thresholds, Scottish bank holidays, ISF policies.
 * A figure belongs to a series (e.g. the real Living Wage) and applies for a {@link
 * scot.commissioningflow.referencedata.Period}; periods of a series never overlap, a new period ends the open one
 * the day before it starts, and every change is audited field by field with who made it (the signed-in person),
 * when and why, and recorded as a {@code reference-data.changed} decision in the audit trail. Only the roles a dataset
 * names as its keepers change it: the administrator unless the dataset says otherwise (the procurement lead keeps the
 * procurement thresholds). One endpoint shape serves every dataset:
 * {@code GET|POST /api/reference-data/{dataset}}, {@code POST /api/reference-data/{dataset}/{id}/changes},
 * {@code POST /api/reference-data/{dataset}/{id}/end}, {@code GET /api/reference-data/{dataset}/changes}.
 *
 * <h2>Adding a dataset (frameworks, monitoring, collaboration funding...)</h2>
 * <ol>
 * <li>In your feature, a migration in your version range creating the table with the shared columns
 * {@code id, effective_from, effective_to, source_note, recorded_by, recorded_at} and your own.</li>
 * <li>An entity extending {@link scot.commissioningflow.referencedata.EffectiveDated}, with a record naming the
 * series (or {@link scot.commissioningflow.referencedata.NoFields}) and a record of the figures, each with bean
 * validation annotations: they are the API's request fields and the audit trail's field names.</li>
 * <li>A Spring bean extending {@link scot.commissioningflow.referencedata.ReferenceDataset} with the dataset's name,
 * how to create a figure, how to show one and how to name a series in a sentence, and the roles that keep it when
 * they are not the administrator's. Read the figure in force with
 * {@code inForce(series, date)}; when none is held, refuse with
 * {@link scot.commissioningflow.referencedata.ReferenceDataNotHeld} naming the date, never a default.</li>
 * </ol>
 * Nothing else changes: the endpoints, overlap rules and audit trail come with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package scot.commissioningflow.referencedata;
