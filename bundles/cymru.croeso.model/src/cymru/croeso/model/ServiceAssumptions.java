/**
 */
package cymru.croeso.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Assumptions</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rates, shares and thresholds the service calculations use, each documented with its source; a figure left unset has its default, and a figure marked as needing a local value is only a starting point a planner should replace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getParticipationRate <em>Participation Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getUkBornEalShare <em>Uk Born Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent <em>Surplus Flag Percent</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate <em>Esol Uptake Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getInstitutionalRate <em>Institutional Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult <em>Headship Rate Adult</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getVacancyRate <em>Vacancy Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getSecondHomesRate <em>Second Homes Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare <em>Uk Born Renting Share</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate <em>Gp Registration Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.ServiceAssumptions#getFigureSources <em>Figure Sources</em>}</li>
 * </ul>
 *
 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions()
 * @model
 * @generated
 */
public interface ServiceAssumptions extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Participation Rate</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of children of each school age who attend maintained schools. Default 1 (every child): free part-time early education from age 3 and compulsory school age 5 to 16 make it an upper bound; derive your own from base-year school rolls.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participation Rate</em>' attribute.
	 * @see #isSetParticipationRate()
	 * @see #unsetParticipationRate()
	 * @see #setParticipationRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_ParticipationRate()
	 * @model default="1" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='Compulsory school age 5 to 16 and free part-time early education from age 3; an upper bound' localFigureNeeded='true'"
	 * @generated
	 */
	double getParticipationRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getParticipationRate <em>Participation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participation Rate</em>' attribute.
	 * @see #isSetParticipationRate()
	 * @see #unsetParticipationRate()
	 * @see #getParticipationRate()
	 * @generated
	 */
	void setParticipationRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getParticipationRate <em>Participation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetParticipationRate()
	 * @see #getParticipationRate()
	 * @see #setParticipationRate(double)
	 * @generated
	 */
	void unsetParticipationRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getParticipationRate <em>Participation Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Participation Rate</em>' attribute is set.
	 * @see #unsetParticipationRate()
	 * @see #getParticipationRate()
	 * @see #setParticipationRate(double)
	 * @generated
	 */
	boolean isSetParticipationRate();

	/**
	 * Returns the value of the '<em><b>Non Uk Born Eal Share</b></em>' attribute.
	 * The default value is <code>"0.27"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of pupils of a non-UK-born group who need English or Welsh as an additional language support. Default 0.27, the 2011 Census household-language proxy: Spencer and Sanders, Developing a Strategic Approach to Integration in Wales, COMPAS / Welsh Refugee Council, 2016: "about 27% of non-UK born people in Wales lived in a household where no one reported English or Welsh as their main language" (2011 Census).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Uk Born Eal Share</em>' attribute.
	 * @see #isSetNonUkBornEalShare()
	 * @see #unsetNonUkBornEalShare()
	 * @see #setNonUkBornEalShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_NonUkBornEalShare()
	 * @model default="0.27" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='2011 Census, via Spencer and Sanders, Developing a Strategic Approach to Integration in Wales (COMPAS / Welsh Refugee Council, 2016)'"
	 * @generated
	 */
	double getNonUkBornEalShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Uk Born Eal Share</em>' attribute.
	 * @see #isSetNonUkBornEalShare()
	 * @see #unsetNonUkBornEalShare()
	 * @see #getNonUkBornEalShare()
	 * @generated
	 */
	void setNonUkBornEalShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNonUkBornEalShare()
	 * @see #getNonUkBornEalShare()
	 * @see #setNonUkBornEalShare(double)
	 * @generated
	 */
	void unsetNonUkBornEalShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Non Uk Born Eal Share</em>' attribute is set.
	 * @see #unsetNonUkBornEalShare()
	 * @see #getNonUkBornEalShare()
	 * @see #setNonUkBornEalShare(double)
	 * @generated
	 */
	boolean isSetNonUkBornEalShare();

	/**
	 * Returns the value of the '<em><b>Uk Born Eal Share</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of UK-born pupils who need English or Welsh as an additional language support. Default 0, which misses UK-born children of migrant parents; enter a local share where known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uk Born Eal Share</em>' attribute.
	 * @see #isSetUkBornEalShare()
	 * @see #unsetUkBornEalShare()
	 * @see #setUkBornEalShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_UkBornEalShare()
	 * @model default="0" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; assumed 0' localFigureNeeded='true'"
	 * @generated
	 */
	double getUkBornEalShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornEalShare <em>Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uk Born Eal Share</em>' attribute.
	 * @see #isSetUkBornEalShare()
	 * @see #unsetUkBornEalShare()
	 * @see #getUkBornEalShare()
	 * @generated
	 */
	void setUkBornEalShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornEalShare <em>Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUkBornEalShare()
	 * @see #getUkBornEalShare()
	 * @see #setUkBornEalShare(double)
	 * @generated
	 */
	void unsetUkBornEalShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornEalShare <em>Uk Born Eal Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uk Born Eal Share</em>' attribute is set.
	 * @see #unsetUkBornEalShare()
	 * @see #getUkBornEalShare()
	 * @see #setUkBornEalShare(double)
	 * @generated
	 */
	boolean isSetUkBornEalShare();

	/**
	 * Returns the value of the '<em><b>Surplus Flag Percent</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Surplus places, in per cent of capacity, above which a phase is flagged. Default 10, the level Welsh school organisation guidance treats as too high.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surplus Flag Percent</em>' attribute.
	 * @see #isSetSurplusFlagPercent()
	 * @see #unsetSurplusFlagPercent()
	 * @see #setSurplusFlagPercent(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_SurplusFlagPercent()
	 * @model default="10" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='100'"
	 *        annotation="http://croeso.cymru/model/figure source='Welsh Government guidance on surplus school places'"
	 * @generated
	 */
	double getSurplusFlagPercent();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent <em>Surplus Flag Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surplus Flag Percent</em>' attribute.
	 * @see #isSetSurplusFlagPercent()
	 * @see #unsetSurplusFlagPercent()
	 * @see #getSurplusFlagPercent()
	 * @generated
	 */
	void setSurplusFlagPercent(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent <em>Surplus Flag Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSurplusFlagPercent()
	 * @see #getSurplusFlagPercent()
	 * @see #setSurplusFlagPercent(double)
	 * @generated
	 */
	void unsetSurplusFlagPercent();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSurplusFlagPercent <em>Surplus Flag Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Surplus Flag Percent</em>' attribute is set.
	 * @see #unsetSurplusFlagPercent()
	 * @see #getSurplusFlagPercent()
	 * @see #setSurplusFlagPercent(double)
	 * @generated
	 */
	boolean isSetSurplusFlagPercent();

	/**
	 * Returns the value of the '<em><b>Non Uk Born Limited English Share</b></em>' attribute.
	 * The default value is <code>"0.27"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of non-UK-born adults (16 and over) who cannot speak English or Welsh well. Default 0.27, a household-language proxy rather than a proficiency measure: Spencer and Sanders, Developing a Strategic Approach to Integration in Wales, COMPAS / Welsh Refugee Council, 2016: "about 27% of non-UK born people in Wales lived in a household where no one reported English or Welsh as their main language" (2011 Census).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Uk Born Limited English Share</em>' attribute.
	 * @see #isSetNonUkBornLimitedEnglishShare()
	 * @see #unsetNonUkBornLimitedEnglishShare()
	 * @see #setNonUkBornLimitedEnglishShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_NonUkBornLimitedEnglishShare()
	 * @model default="0.27" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='2011 Census, via Spencer and Sanders, Developing a Strategic Approach to Integration in Wales (COMPAS / Welsh Refugee Council, 2016)'"
	 * @generated
	 */
	double getNonUkBornLimitedEnglishShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Uk Born Limited English Share</em>' attribute.
	 * @see #isSetNonUkBornLimitedEnglishShare()
	 * @see #unsetNonUkBornLimitedEnglishShare()
	 * @see #getNonUkBornLimitedEnglishShare()
	 * @generated
	 */
	void setNonUkBornLimitedEnglishShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNonUkBornLimitedEnglishShare()
	 * @see #getNonUkBornLimitedEnglishShare()
	 * @see #setNonUkBornLimitedEnglishShare(double)
	 * @generated
	 */
	void unsetNonUkBornLimitedEnglishShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Non Uk Born Limited English Share</em>' attribute is set.
	 * @see #unsetNonUkBornLimitedEnglishShare()
	 * @see #getNonUkBornLimitedEnglishShare()
	 * @see #setNonUkBornLimitedEnglishShare(double)
	 * @generated
	 */
	boolean isSetNonUkBornLimitedEnglishShare();

	/**
	 * Returns the value of the '<em><b>Uk Born Limited English Share</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of UK-born adults (16 and over) who cannot speak English or Welsh well. Default 0: the sources give no figure and it is assumed negligible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uk Born Limited English Share</em>' attribute.
	 * @see #isSetUkBornLimitedEnglishShare()
	 * @see #unsetUkBornLimitedEnglishShare()
	 * @see #setUkBornLimitedEnglishShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_UkBornLimitedEnglishShare()
	 * @model default="0" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; assumed negligible'"
	 * @generated
	 */
	double getUkBornLimitedEnglishShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uk Born Limited English Share</em>' attribute.
	 * @see #isSetUkBornLimitedEnglishShare()
	 * @see #unsetUkBornLimitedEnglishShare()
	 * @see #getUkBornLimitedEnglishShare()
	 * @generated
	 */
	void setUkBornLimitedEnglishShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUkBornLimitedEnglishShare()
	 * @see #getUkBornLimitedEnglishShare()
	 * @see #setUkBornLimitedEnglishShare(double)
	 * @generated
	 */
	void unsetUkBornLimitedEnglishShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uk Born Limited English Share</em>' attribute is set.
	 * @see #unsetUkBornLimitedEnglishShare()
	 * @see #getUkBornLimitedEnglishShare()
	 * @see #setUkBornLimitedEnglishShare(double)
	 * @generated
	 */
	boolean isSetUkBornLimitedEnglishShare();

	/**
	 * Returns the value of the '<em><b>Esol Uptake Rate</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of adults who cannot speak English or Welsh well who apply for an ESOL place in a year. Default 0.1. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Uptake Rate</em>' attribute.
	 * @see #isSetEsolUptakeRate()
	 * @see #unsetEsolUptakeRate()
	 * @see #setEsolUptakeRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_EsolUptakeRate()
	 * @model default="0.1" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getEsolUptakeRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate <em>Esol Uptake Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Uptake Rate</em>' attribute.
	 * @see #isSetEsolUptakeRate()
	 * @see #unsetEsolUptakeRate()
	 * @see #getEsolUptakeRate()
	 * @generated
	 */
	void setEsolUptakeRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate <em>Esol Uptake Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEsolUptakeRate()
	 * @see #getEsolUptakeRate()
	 * @see #setEsolUptakeRate(double)
	 * @generated
	 */
	void unsetEsolUptakeRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolUptakeRate <em>Esol Uptake Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Esol Uptake Rate</em>' attribute is set.
	 * @see #unsetEsolUptakeRate()
	 * @see #getEsolUptakeRate()
	 * @see #setEsolUptakeRate(double)
	 * @generated
	 */
	boolean isSetEsolUptakeRate();

	/**
	 * Returns the value of the '<em><b>Esol Waiting List Drop Out</b></em>' attribute.
	 * The default value is <code>"0.25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the ESOL waiting list that gives up or moves away each year before it is carried over. Default 0.25. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Waiting List Drop Out</em>' attribute.
	 * @see #isSetEsolWaitingListDropOut()
	 * @see #unsetEsolWaitingListDropOut()
	 * @see #setEsolWaitingListDropOut(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_EsolWaitingListDropOut()
	 * @model default="0.25" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getEsolWaitingListDropOut();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Waiting List Drop Out</em>' attribute.
	 * @see #isSetEsolWaitingListDropOut()
	 * @see #unsetEsolWaitingListDropOut()
	 * @see #getEsolWaitingListDropOut()
	 * @generated
	 */
	void setEsolWaitingListDropOut(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEsolWaitingListDropOut()
	 * @see #getEsolWaitingListDropOut()
	 * @see #setEsolWaitingListDropOut(double)
	 * @generated
	 */
	void unsetEsolWaitingListDropOut();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Esol Waiting List Drop Out</em>' attribute is set.
	 * @see #unsetEsolWaitingListDropOut()
	 * @see #getEsolWaitingListDropOut()
	 * @see #setEsolWaitingListDropOut(double)
	 * @generated
	 */
	boolean isSetEsolWaitingListDropOut();

	/**
	 * Returns the value of the '<em><b>Esol Guided Hours Per Learner</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guided learning hours per ESOL learner a year, for providers that give none. Default 120, an illustrative part-time course. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Guided Hours Per Learner</em>' attribute.
	 * @see #isSetEsolGuidedHoursPerLearner()
	 * @see #unsetEsolGuidedHoursPerLearner()
	 * @see #setEsolGuidedHoursPerLearner(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_EsolGuidedHoursPerLearner()
	 * @model default="120" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getEsolGuidedHoursPerLearner();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Guided Hours Per Learner</em>' attribute.
	 * @see #isSetEsolGuidedHoursPerLearner()
	 * @see #unsetEsolGuidedHoursPerLearner()
	 * @see #getEsolGuidedHoursPerLearner()
	 * @generated
	 */
	void setEsolGuidedHoursPerLearner(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEsolGuidedHoursPerLearner()
	 * @see #getEsolGuidedHoursPerLearner()
	 * @see #setEsolGuidedHoursPerLearner(double)
	 * @generated
	 */
	void unsetEsolGuidedHoursPerLearner();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Esol Guided Hours Per Learner</em>' attribute is set.
	 * @see #unsetEsolGuidedHoursPerLearner()
	 * @see #getEsolGuidedHoursPerLearner()
	 * @see #setEsolGuidedHoursPerLearner(double)
	 * @generated
	 */
	boolean isSetEsolGuidedHoursPerLearner();

	/**
	 * Returns the value of the '<em><b>Esol Cost Per Guided Hour</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of a guided learning hour per learner, in pounds, when no provider gives one. Default 10 (illustrative). Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Esol Cost Per Guided Hour</em>' attribute.
	 * @see #isSetEsolCostPerGuidedHour()
	 * @see #unsetEsolCostPerGuidedHour()
	 * @see #setEsolCostPerGuidedHour(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_EsolCostPerGuidedHour()
	 * @model default="10" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getEsolCostPerGuidedHour();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Esol Cost Per Guided Hour</em>' attribute.
	 * @see #isSetEsolCostPerGuidedHour()
	 * @see #unsetEsolCostPerGuidedHour()
	 * @see #getEsolCostPerGuidedHour()
	 * @generated
	 */
	void setEsolCostPerGuidedHour(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEsolCostPerGuidedHour()
	 * @see #getEsolCostPerGuidedHour()
	 * @see #setEsolCostPerGuidedHour(double)
	 * @generated
	 */
	void unsetEsolCostPerGuidedHour();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Esol Cost Per Guided Hour</em>' attribute is set.
	 * @see #unsetEsolCostPerGuidedHour()
	 * @see #getEsolCostPerGuidedHour()
	 * @see #setEsolCostPerGuidedHour(double)
	 * @generated
	 */
	boolean isSetEsolCostPerGuidedHour();

	/**
	 * Returns the value of the '<em><b>Institutional Rate</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the population living in communal establishments (care homes, halls, prisons), outside households. Default 0: the 2011 Census communal-establishment tables give local rates by age and sex. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institutional Rate</em>' attribute.
	 * @see #isSetInstitutionalRate()
	 * @see #unsetInstitutionalRate()
	 * @see #setInstitutionalRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_InstitutionalRate()
	 * @model default="0" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None in the sources; the 2011 Census communal-establishment tables give local rates' localFigureNeeded='true'"
	 * @generated
	 */
	double getInstitutionalRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getInstitutionalRate <em>Institutional Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Institutional Rate</em>' attribute.
	 * @see #isSetInstitutionalRate()
	 * @see #unsetInstitutionalRate()
	 * @see #getInstitutionalRate()
	 * @generated
	 */
	void setInstitutionalRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getInstitutionalRate <em>Institutional Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInstitutionalRate()
	 * @see #getInstitutionalRate()
	 * @see #setInstitutionalRate(double)
	 * @generated
	 */
	void unsetInstitutionalRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getInstitutionalRate <em>Institutional Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Institutional Rate</em>' attribute is set.
	 * @see #unsetInstitutionalRate()
	 * @see #getInstitutionalRate()
	 * @see #setInstitutionalRate(double)
	 * @generated
	 */
	boolean isSetInstitutionalRate();

	/**
	 * Returns the value of the '<em><b>Headship Rate Adult</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Household-representative rate of people aged 16 and over before calibration (under 16: 0). Default 0.5; only a shape: each area's level is calibrated to the Welsh Government 2014-based household projections the project carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headship Rate Adult</em>' attribute.
	 * @see #isSetHeadshipRateAdult()
	 * @see #unsetHeadshipRateAdult()
	 * @see #setHeadshipRateAdult(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_HeadshipRateAdult()
	 * @model default="0.5" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='A shape only, calibrated to the Welsh Government 2014-based household projections'"
	 * @generated
	 */
	double getHeadshipRateAdult();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult <em>Headship Rate Adult</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headship Rate Adult</em>' attribute.
	 * @see #isSetHeadshipRateAdult()
	 * @see #unsetHeadshipRateAdult()
	 * @see #getHeadshipRateAdult()
	 * @generated
	 */
	void setHeadshipRateAdult(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult <em>Headship Rate Adult</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHeadshipRateAdult()
	 * @see #getHeadshipRateAdult()
	 * @see #setHeadshipRateAdult(double)
	 * @generated
	 */
	void unsetHeadshipRateAdult();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getHeadshipRateAdult <em>Headship Rate Adult</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Headship Rate Adult</em>' attribute is set.
	 * @see #unsetHeadshipRateAdult()
	 * @see #getHeadshipRateAdult()
	 * @see #setHeadshipRateAdult(double)
	 * @generated
	 */
	boolean isSetHeadshipRateAdult();

	/**
	 * Returns the value of the '<em><b>Vacancy Rate</b></em>' attribute.
	 * The default value is <code>"0.03"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of dwellings vacant. Default 0.03, a frictional vacancy allowance. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vacancy Rate</em>' attribute.
	 * @see #isSetVacancyRate()
	 * @see #unsetVacancyRate()
	 * @see #setVacancyRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_VacancyRate()
	 * @model default="0.03" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getVacancyRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getVacancyRate <em>Vacancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vacancy Rate</em>' attribute.
	 * @see #isSetVacancyRate()
	 * @see #unsetVacancyRate()
	 * @see #getVacancyRate()
	 * @generated
	 */
	void setVacancyRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getVacancyRate <em>Vacancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVacancyRate()
	 * @see #getVacancyRate()
	 * @see #setVacancyRate(double)
	 * @generated
	 */
	void unsetVacancyRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getVacancyRate <em>Vacancy Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vacancy Rate</em>' attribute is set.
	 * @see #unsetVacancyRate()
	 * @see #getVacancyRate()
	 * @see #setVacancyRate(double)
	 * @generated
	 */
	boolean isSetVacancyRate();

	/**
	 * Returns the value of the '<em><b>Second Homes Rate</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of dwellings that are second homes. Default 0.01; much higher in parts of Gwynedd, Pembrokeshire and Anglesey. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Homes Rate</em>' attribute.
	 * @see #isSetSecondHomesRate()
	 * @see #unsetSecondHomesRate()
	 * @see #setSecondHomesRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_SecondHomesRate()
	 * @model default="0.01" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published; illustrative' localFigureNeeded='true'"
	 * @generated
	 */
	double getSecondHomesRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSecondHomesRate <em>Second Homes Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Homes Rate</em>' attribute.
	 * @see #isSetSecondHomesRate()
	 * @see #unsetSecondHomesRate()
	 * @see #getSecondHomesRate()
	 * @generated
	 */
	void setSecondHomesRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSecondHomesRate <em>Second Homes Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSecondHomesRate()
	 * @see #getSecondHomesRate()
	 * @see #setSecondHomesRate(double)
	 * @generated
	 */
	void unsetSecondHomesRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getSecondHomesRate <em>Second Homes Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Second Homes Rate</em>' attribute is set.
	 * @see #unsetSecondHomesRate()
	 * @see #getSecondHomesRate()
	 * @see #setSecondHomesRate(double)
	 * @generated
	 */
	boolean isSetSecondHomesRate();

	/**
	 * Returns the value of the '<em><b>Non Uk Born Renting Share</b></em>' attribute.
	 * The default value is <code>"0.519"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of households with a non-UK-born representative who rent. Default 0.519: "51.9% of migrants in Wales are in rented accommodation", Migration in Wales: Developing Local Strategic Frameworks on Integration, conference report, Welsh Government / COMPAS, 2016, citing the Migration Observatory's Wales Census profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Uk Born Renting Share</em>' attribute.
	 * @see #isSetNonUkBornRentingShare()
	 * @see #unsetNonUkBornRentingShare()
	 * @see #setNonUkBornRentingShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_NonUkBornRentingShare()
	 * @model default="0.519" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='Migration in Wales: Developing Local Strategic Frameworks on Integration (Welsh Government / COMPAS conference report, 2016), citing the Migration Observatory'"
	 * @generated
	 */
	double getNonUkBornRentingShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Uk Born Renting Share</em>' attribute.
	 * @see #isSetNonUkBornRentingShare()
	 * @see #unsetNonUkBornRentingShare()
	 * @see #getNonUkBornRentingShare()
	 * @generated
	 */
	void setNonUkBornRentingShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNonUkBornRentingShare()
	 * @see #getNonUkBornRentingShare()
	 * @see #setNonUkBornRentingShare(double)
	 * @generated
	 */
	void unsetNonUkBornRentingShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Non Uk Born Renting Share</em>' attribute is set.
	 * @see #unsetNonUkBornRentingShare()
	 * @see #getNonUkBornRentingShare()
	 * @see #setNonUkBornRentingShare(double)
	 * @generated
	 */
	boolean isSetNonUkBornRentingShare();

	/**
	 * Returns the value of the '<em><b>Uk Born Renting Share</b></em>' attribute.
	 * The default value is <code>"0.296"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of households with a UK-born representative who rent. Default 0.296: "compared to 29.6% of the UK-born population", Migration in Wales: Developing Local Strategic Frameworks on Integration, conference report, Welsh Government / COMPAS, 2016, citing the Migration Observatory's Wales Census profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uk Born Renting Share</em>' attribute.
	 * @see #isSetUkBornRentingShare()
	 * @see #unsetUkBornRentingShare()
	 * @see #setUkBornRentingShare(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_UkBornRentingShare()
	 * @model default="0.296" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='Migration in Wales: Developing Local Strategic Frameworks on Integration (Welsh Government / COMPAS conference report, 2016), citing the Migration Observatory'"
	 * @generated
	 */
	double getUkBornRentingShare();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare <em>Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uk Born Renting Share</em>' attribute.
	 * @see #isSetUkBornRentingShare()
	 * @see #unsetUkBornRentingShare()
	 * @see #getUkBornRentingShare()
	 * @generated
	 */
	void setUkBornRentingShare(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare <em>Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUkBornRentingShare()
	 * @see #getUkBornRentingShare()
	 * @see #setUkBornRentingShare(double)
	 * @generated
	 */
	void unsetUkBornRentingShare();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getUkBornRentingShare <em>Uk Born Renting Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uk Born Renting Share</em>' attribute is set.
	 * @see #unsetUkBornRentingShare()
	 * @see #getUkBornRentingShare()
	 * @see #setUkBornRentingShare(double)
	 * @generated
	 */
	boolean isSetUkBornRentingShare();

	/**
	 * Returns the value of the '<em><b>Crowding Index Threshold</b></em>' attribute.
	 * The default value is <code>"1.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crowding index (persons per usable dwelling divided by the base year's) above which an area is flagged. Default 1.05, a rise of 5 %; Croeso's own indicator, since the census occupancy rating needs rooms, which a projection lacks. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crowding Index Threshold</em>' attribute.
	 * @see #isSetCrowdingIndexThreshold()
	 * @see #unsetCrowdingIndexThreshold()
	 * @see #setCrowdingIndexThreshold(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_CrowdingIndexThreshold()
	 * @model default="1.05" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0'"
	 *        annotation="http://croeso.cymru/model/figure source='Croeso\'s own indicator; none published' localFigureNeeded='true'"
	 * @generated
	 */
	double getCrowdingIndexThreshold();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crowding Index Threshold</em>' attribute.
	 * @see #isSetCrowdingIndexThreshold()
	 * @see #unsetCrowdingIndexThreshold()
	 * @see #getCrowdingIndexThreshold()
	 * @generated
	 */
	void setCrowdingIndexThreshold(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCrowdingIndexThreshold()
	 * @see #getCrowdingIndexThreshold()
	 * @see #setCrowdingIndexThreshold(double)
	 * @generated
	 */
	void unsetCrowdingIndexThreshold();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Crowding Index Threshold</em>' attribute is set.
	 * @see #unsetCrowdingIndexThreshold()
	 * @see #getCrowdingIndexThreshold()
	 * @see #setCrowdingIndexThreshold(double)
	 * @generated
	 */
	boolean isSetCrowdingIndexThreshold();

	/**
	 * Returns the value of the '<em><b>Gp Registration Rate</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of people registered with a GP, every group. Default 1: the Migrant Integration Framework (Welsh Government, 2023, health indicator 2) records that no data on GP registration exist for migrants in Wales. Local figure needed: no published source; replace it with your own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gp Registration Rate</em>' attribute.
	 * @see #isSetGpRegistrationRate()
	 * @see #unsetGpRegistrationRate()
	 * @see #setGpRegistrationRate(double)
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_GpRegistrationRate()
	 * @model default="1" unsettable="true"
	 *        annotation="http://croeso.cymru/model/bounds min='0' max='1'"
	 *        annotation="http://croeso.cymru/model/figure source='None published: the Migrant Integration Framework (Welsh Government, 2023) records no GP registration data for migrants' localFigureNeeded='true'"
	 * @generated
	 */
	double getGpRegistrationRate();

	/**
	 * Sets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate <em>Gp Registration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gp Registration Rate</em>' attribute.
	 * @see #isSetGpRegistrationRate()
	 * @see #unsetGpRegistrationRate()
	 * @see #getGpRegistrationRate()
	 * @generated
	 */
	void setGpRegistrationRate(double value);

	/**
	 * Unsets the value of the '{@link cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate <em>Gp Registration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGpRegistrationRate()
	 * @see #getGpRegistrationRate()
	 * @see #setGpRegistrationRate(double)
	 * @generated
	 */
	void unsetGpRegistrationRate();

	/**
	 * Returns whether the value of the '{@link cymru.croeso.model.ServiceAssumptions#getGpRegistrationRate <em>Gp Registration Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gp Registration Rate</em>' attribute is set.
	 * @see #unsetGpRegistrationRate()
	 * @see #getGpRegistrationRate()
	 * @see #setGpRegistrationRate(double)
	 * @generated
	 */
	boolean isSetGpRegistrationRate();

	/**
	 * Returns the value of the '<em><b>Figure Sources</b></em>' containment reference list.
	 * The list contents are of type {@link cymru.croeso.model.FigureSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the project's own figures come from, one entry per figure given a local value or confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Figure Sources</em>' containment reference list.
	 * @see cymru.croeso.model.CroesoPackage#getServiceAssumptions_FigureSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<FigureSource> getFigureSources();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every figure source names one of these figures, and no figure has two.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean figureSourcesNameFigures(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ServiceAssumptions
