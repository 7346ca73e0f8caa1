/**
 */
package cymru.croeso.model.impl;

import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.FigureSource;
import cymru.croeso.model.ServiceAssumptions;

import cymru.croeso.model.validation.CroesoRules;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Assumptions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getParticipationRate <em>Participation Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getNonUkBornEalShare <em>Non Uk Born Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getUkBornEalShare <em>Uk Born Eal Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getSurplusFlagPercent <em>Surplus Flag Percent</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getNonUkBornLimitedEnglishShare <em>Non Uk Born Limited English Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getUkBornLimitedEnglishShare <em>Uk Born Limited English Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getEsolUptakeRate <em>Esol Uptake Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getEsolWaitingListDropOut <em>Esol Waiting List Drop Out</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getEsolGuidedHoursPerLearner <em>Esol Guided Hours Per Learner</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getEsolCostPerGuidedHour <em>Esol Cost Per Guided Hour</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getInstitutionalRate <em>Institutional Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getHeadshipRateAdult <em>Headship Rate Adult</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getVacancyRate <em>Vacancy Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getSecondHomesRate <em>Second Homes Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getNonUkBornRentingShare <em>Non Uk Born Renting Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getUkBornRentingShare <em>Uk Born Renting Share</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getCrowdingIndexThreshold <em>Crowding Index Threshold</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getGpRegistrationRate <em>Gp Registration Rate</em>}</li>
 *   <li>{@link cymru.croeso.model.impl.ServiceAssumptionsImpl#getFigureSources <em>Figure Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceAssumptionsImpl extends ModelElementImpl implements ServiceAssumptions {
	/**
	 * The default value of the '{@link #getParticipationRate() <em>Participation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipationRate()
	 * @generated
	 * @ordered
	 */
	protected static final double PARTICIPATION_RATE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getParticipationRate() <em>Participation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipationRate()
	 * @generated
	 * @ordered
	 */
	protected double participationRate = PARTICIPATION_RATE_EDEFAULT;

	/**
	 * This is true if the Participation Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean participationRateESet;

	/**
	 * The default value of the '{@link #getNonUkBornEalShare() <em>Non Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornEalShare()
	 * @generated
	 * @ordered
	 */
	protected static final double NON_UK_BORN_EAL_SHARE_EDEFAULT = 0.27;

	/**
	 * The cached value of the '{@link #getNonUkBornEalShare() <em>Non Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornEalShare()
	 * @generated
	 * @ordered
	 */
	protected double nonUkBornEalShare = NON_UK_BORN_EAL_SHARE_EDEFAULT;

	/**
	 * This is true if the Non Uk Born Eal Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nonUkBornEalShareESet;

	/**
	 * The default value of the '{@link #getUkBornEalShare() <em>Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornEalShare()
	 * @generated
	 * @ordered
	 */
	protected static final double UK_BORN_EAL_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUkBornEalShare() <em>Uk Born Eal Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornEalShare()
	 * @generated
	 * @ordered
	 */
	protected double ukBornEalShare = UK_BORN_EAL_SHARE_EDEFAULT;

	/**
	 * This is true if the Uk Born Eal Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ukBornEalShareESet;

	/**
	 * The default value of the '{@link #getSurplusFlagPercent() <em>Surplus Flag Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurplusFlagPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double SURPLUS_FLAG_PERCENT_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getSurplusFlagPercent() <em>Surplus Flag Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurplusFlagPercent()
	 * @generated
	 * @ordered
	 */
	protected double surplusFlagPercent = SURPLUS_FLAG_PERCENT_EDEFAULT;

	/**
	 * This is true if the Surplus Flag Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean surplusFlagPercentESet;

	/**
	 * The default value of the '{@link #getNonUkBornLimitedEnglishShare() <em>Non Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornLimitedEnglishShare()
	 * @generated
	 * @ordered
	 */
	protected static final double NON_UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT = 0.27;

	/**
	 * The cached value of the '{@link #getNonUkBornLimitedEnglishShare() <em>Non Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornLimitedEnglishShare()
	 * @generated
	 * @ordered
	 */
	protected double nonUkBornLimitedEnglishShare = NON_UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT;

	/**
	 * This is true if the Non Uk Born Limited English Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nonUkBornLimitedEnglishShareESet;

	/**
	 * The default value of the '{@link #getUkBornLimitedEnglishShare() <em>Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornLimitedEnglishShare()
	 * @generated
	 * @ordered
	 */
	protected static final double UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUkBornLimitedEnglishShare() <em>Uk Born Limited English Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornLimitedEnglishShare()
	 * @generated
	 * @ordered
	 */
	protected double ukBornLimitedEnglishShare = UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT;

	/**
	 * This is true if the Uk Born Limited English Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ukBornLimitedEnglishShareESet;

	/**
	 * The default value of the '{@link #getEsolUptakeRate() <em>Esol Uptake Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolUptakeRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ESOL_UPTAKE_RATE_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getEsolUptakeRate() <em>Esol Uptake Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolUptakeRate()
	 * @generated
	 * @ordered
	 */
	protected double esolUptakeRate = ESOL_UPTAKE_RATE_EDEFAULT;

	/**
	 * This is true if the Esol Uptake Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean esolUptakeRateESet;

	/**
	 * The default value of the '{@link #getEsolWaitingListDropOut() <em>Esol Waiting List Drop Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolWaitingListDropOut()
	 * @generated
	 * @ordered
	 */
	protected static final double ESOL_WAITING_LIST_DROP_OUT_EDEFAULT = 0.25;

	/**
	 * The cached value of the '{@link #getEsolWaitingListDropOut() <em>Esol Waiting List Drop Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolWaitingListDropOut()
	 * @generated
	 * @ordered
	 */
	protected double esolWaitingListDropOut = ESOL_WAITING_LIST_DROP_OUT_EDEFAULT;

	/**
	 * This is true if the Esol Waiting List Drop Out attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean esolWaitingListDropOutESet;

	/**
	 * The default value of the '{@link #getEsolGuidedHoursPerLearner() <em>Esol Guided Hours Per Learner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolGuidedHoursPerLearner()
	 * @generated
	 * @ordered
	 */
	protected static final double ESOL_GUIDED_HOURS_PER_LEARNER_EDEFAULT = 120.0;

	/**
	 * The cached value of the '{@link #getEsolGuidedHoursPerLearner() <em>Esol Guided Hours Per Learner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolGuidedHoursPerLearner()
	 * @generated
	 * @ordered
	 */
	protected double esolGuidedHoursPerLearner = ESOL_GUIDED_HOURS_PER_LEARNER_EDEFAULT;

	/**
	 * This is true if the Esol Guided Hours Per Learner attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean esolGuidedHoursPerLearnerESet;

	/**
	 * The default value of the '{@link #getEsolCostPerGuidedHour() <em>Esol Cost Per Guided Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolCostPerGuidedHour()
	 * @generated
	 * @ordered
	 */
	protected static final double ESOL_COST_PER_GUIDED_HOUR_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getEsolCostPerGuidedHour() <em>Esol Cost Per Guided Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEsolCostPerGuidedHour()
	 * @generated
	 * @ordered
	 */
	protected double esolCostPerGuidedHour = ESOL_COST_PER_GUIDED_HOUR_EDEFAULT;

	/**
	 * This is true if the Esol Cost Per Guided Hour attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean esolCostPerGuidedHourESet;

	/**
	 * The default value of the '{@link #getInstitutionalRate() <em>Institutional Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutionalRate()
	 * @generated
	 * @ordered
	 */
	protected static final double INSTITUTIONAL_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInstitutionalRate() <em>Institutional Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutionalRate()
	 * @generated
	 * @ordered
	 */
	protected double institutionalRate = INSTITUTIONAL_RATE_EDEFAULT;

	/**
	 * This is true if the Institutional Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean institutionalRateESet;

	/**
	 * The default value of the '{@link #getHeadshipRateAdult() <em>Headship Rate Adult</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadshipRateAdult()
	 * @generated
	 * @ordered
	 */
	protected static final double HEADSHIP_RATE_ADULT_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getHeadshipRateAdult() <em>Headship Rate Adult</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadshipRateAdult()
	 * @generated
	 * @ordered
	 */
	protected double headshipRateAdult = HEADSHIP_RATE_ADULT_EDEFAULT;

	/**
	 * This is true if the Headship Rate Adult attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean headshipRateAdultESet;

	/**
	 * The default value of the '{@link #getVacancyRate() <em>Vacancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVacancyRate()
	 * @generated
	 * @ordered
	 */
	protected static final double VACANCY_RATE_EDEFAULT = 0.03;

	/**
	 * The cached value of the '{@link #getVacancyRate() <em>Vacancy Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVacancyRate()
	 * @generated
	 * @ordered
	 */
	protected double vacancyRate = VACANCY_RATE_EDEFAULT;

	/**
	 * This is true if the Vacancy Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vacancyRateESet;

	/**
	 * The default value of the '{@link #getSecondHomesRate() <em>Second Homes Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondHomesRate()
	 * @generated
	 * @ordered
	 */
	protected static final double SECOND_HOMES_RATE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getSecondHomesRate() <em>Second Homes Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondHomesRate()
	 * @generated
	 * @ordered
	 */
	protected double secondHomesRate = SECOND_HOMES_RATE_EDEFAULT;

	/**
	 * This is true if the Second Homes Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean secondHomesRateESet;

	/**
	 * The default value of the '{@link #getNonUkBornRentingShare() <em>Non Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornRentingShare()
	 * @generated
	 * @ordered
	 */
	protected static final double NON_UK_BORN_RENTING_SHARE_EDEFAULT = 0.519;

	/**
	 * The cached value of the '{@link #getNonUkBornRentingShare() <em>Non Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonUkBornRentingShare()
	 * @generated
	 * @ordered
	 */
	protected double nonUkBornRentingShare = NON_UK_BORN_RENTING_SHARE_EDEFAULT;

	/**
	 * This is true if the Non Uk Born Renting Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean nonUkBornRentingShareESet;

	/**
	 * The default value of the '{@link #getUkBornRentingShare() <em>Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornRentingShare()
	 * @generated
	 * @ordered
	 */
	protected static final double UK_BORN_RENTING_SHARE_EDEFAULT = 0.296;

	/**
	 * The cached value of the '{@link #getUkBornRentingShare() <em>Uk Born Renting Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUkBornRentingShare()
	 * @generated
	 * @ordered
	 */
	protected double ukBornRentingShare = UK_BORN_RENTING_SHARE_EDEFAULT;

	/**
	 * This is true if the Uk Born Renting Share attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ukBornRentingShareESet;

	/**
	 * The default value of the '{@link #getCrowdingIndexThreshold() <em>Crowding Index Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrowdingIndexThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double CROWDING_INDEX_THRESHOLD_EDEFAULT = 1.05;

	/**
	 * The cached value of the '{@link #getCrowdingIndexThreshold() <em>Crowding Index Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrowdingIndexThreshold()
	 * @generated
	 * @ordered
	 */
	protected double crowdingIndexThreshold = CROWDING_INDEX_THRESHOLD_EDEFAULT;

	/**
	 * This is true if the Crowding Index Threshold attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean crowdingIndexThresholdESet;

	/**
	 * The default value of the '{@link #getGpRegistrationRate() <em>Gp Registration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpRegistrationRate()
	 * @generated
	 * @ordered
	 */
	protected static final double GP_REGISTRATION_RATE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getGpRegistrationRate() <em>Gp Registration Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpRegistrationRate()
	 * @generated
	 * @ordered
	 */
	protected double gpRegistrationRate = GP_REGISTRATION_RATE_EDEFAULT;

	/**
	 * This is true if the Gp Registration Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean gpRegistrationRateESet;

	/**
	 * The cached value of the '{@link #getFigureSources() <em>Figure Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigureSources()
	 * @generated
	 * @ordered
	 */
	protected EList<FigureSource> figureSources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceAssumptionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CroesoPackage.Literals.SERVICE_ASSUMPTIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getParticipationRate() {
		return participationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipationRate(double newParticipationRate) {
		double oldParticipationRate = participationRate;
		participationRate = newParticipationRate;
		boolean oldParticipationRateESet = participationRateESet;
		participationRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE, oldParticipationRate, participationRate, !oldParticipationRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetParticipationRate() {
		double oldParticipationRate = participationRate;
		boolean oldParticipationRateESet = participationRateESet;
		participationRate = PARTICIPATION_RATE_EDEFAULT;
		participationRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE, oldParticipationRate, PARTICIPATION_RATE_EDEFAULT, oldParticipationRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetParticipationRate() {
		return participationRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNonUkBornEalShare() {
		return nonUkBornEalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonUkBornEalShare(double newNonUkBornEalShare) {
		double oldNonUkBornEalShare = nonUkBornEalShare;
		nonUkBornEalShare = newNonUkBornEalShare;
		boolean oldNonUkBornEalShareESet = nonUkBornEalShareESet;
		nonUkBornEalShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE, oldNonUkBornEalShare, nonUkBornEalShare, !oldNonUkBornEalShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNonUkBornEalShare() {
		double oldNonUkBornEalShare = nonUkBornEalShare;
		boolean oldNonUkBornEalShareESet = nonUkBornEalShareESet;
		nonUkBornEalShare = NON_UK_BORN_EAL_SHARE_EDEFAULT;
		nonUkBornEalShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE, oldNonUkBornEalShare, NON_UK_BORN_EAL_SHARE_EDEFAULT, oldNonUkBornEalShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNonUkBornEalShare() {
		return nonUkBornEalShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUkBornEalShare() {
		return ukBornEalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUkBornEalShare(double newUkBornEalShare) {
		double oldUkBornEalShare = ukBornEalShare;
		ukBornEalShare = newUkBornEalShare;
		boolean oldUkBornEalShareESet = ukBornEalShareESet;
		ukBornEalShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE, oldUkBornEalShare, ukBornEalShare, !oldUkBornEalShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUkBornEalShare() {
		double oldUkBornEalShare = ukBornEalShare;
		boolean oldUkBornEalShareESet = ukBornEalShareESet;
		ukBornEalShare = UK_BORN_EAL_SHARE_EDEFAULT;
		ukBornEalShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE, oldUkBornEalShare, UK_BORN_EAL_SHARE_EDEFAULT, oldUkBornEalShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUkBornEalShare() {
		return ukBornEalShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSurplusFlagPercent() {
		return surplusFlagPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurplusFlagPercent(double newSurplusFlagPercent) {
		double oldSurplusFlagPercent = surplusFlagPercent;
		surplusFlagPercent = newSurplusFlagPercent;
		boolean oldSurplusFlagPercentESet = surplusFlagPercentESet;
		surplusFlagPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT, oldSurplusFlagPercent, surplusFlagPercent, !oldSurplusFlagPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSurplusFlagPercent() {
		double oldSurplusFlagPercent = surplusFlagPercent;
		boolean oldSurplusFlagPercentESet = surplusFlagPercentESet;
		surplusFlagPercent = SURPLUS_FLAG_PERCENT_EDEFAULT;
		surplusFlagPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT, oldSurplusFlagPercent, SURPLUS_FLAG_PERCENT_EDEFAULT, oldSurplusFlagPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSurplusFlagPercent() {
		return surplusFlagPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNonUkBornLimitedEnglishShare() {
		return nonUkBornLimitedEnglishShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonUkBornLimitedEnglishShare(double newNonUkBornLimitedEnglishShare) {
		double oldNonUkBornLimitedEnglishShare = nonUkBornLimitedEnglishShare;
		nonUkBornLimitedEnglishShare = newNonUkBornLimitedEnglishShare;
		boolean oldNonUkBornLimitedEnglishShareESet = nonUkBornLimitedEnglishShareESet;
		nonUkBornLimitedEnglishShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE, oldNonUkBornLimitedEnglishShare, nonUkBornLimitedEnglishShare, !oldNonUkBornLimitedEnglishShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNonUkBornLimitedEnglishShare() {
		double oldNonUkBornLimitedEnglishShare = nonUkBornLimitedEnglishShare;
		boolean oldNonUkBornLimitedEnglishShareESet = nonUkBornLimitedEnglishShareESet;
		nonUkBornLimitedEnglishShare = NON_UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT;
		nonUkBornLimitedEnglishShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE, oldNonUkBornLimitedEnglishShare, NON_UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT, oldNonUkBornLimitedEnglishShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNonUkBornLimitedEnglishShare() {
		return nonUkBornLimitedEnglishShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUkBornLimitedEnglishShare() {
		return ukBornLimitedEnglishShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUkBornLimitedEnglishShare(double newUkBornLimitedEnglishShare) {
		double oldUkBornLimitedEnglishShare = ukBornLimitedEnglishShare;
		ukBornLimitedEnglishShare = newUkBornLimitedEnglishShare;
		boolean oldUkBornLimitedEnglishShareESet = ukBornLimitedEnglishShareESet;
		ukBornLimitedEnglishShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE, oldUkBornLimitedEnglishShare, ukBornLimitedEnglishShare, !oldUkBornLimitedEnglishShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUkBornLimitedEnglishShare() {
		double oldUkBornLimitedEnglishShare = ukBornLimitedEnglishShare;
		boolean oldUkBornLimitedEnglishShareESet = ukBornLimitedEnglishShareESet;
		ukBornLimitedEnglishShare = UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT;
		ukBornLimitedEnglishShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE, oldUkBornLimitedEnglishShare, UK_BORN_LIMITED_ENGLISH_SHARE_EDEFAULT, oldUkBornLimitedEnglishShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUkBornLimitedEnglishShare() {
		return ukBornLimitedEnglishShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEsolUptakeRate() {
		return esolUptakeRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolUptakeRate(double newEsolUptakeRate) {
		double oldEsolUptakeRate = esolUptakeRate;
		esolUptakeRate = newEsolUptakeRate;
		boolean oldEsolUptakeRateESet = esolUptakeRateESet;
		esolUptakeRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE, oldEsolUptakeRate, esolUptakeRate, !oldEsolUptakeRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEsolUptakeRate() {
		double oldEsolUptakeRate = esolUptakeRate;
		boolean oldEsolUptakeRateESet = esolUptakeRateESet;
		esolUptakeRate = ESOL_UPTAKE_RATE_EDEFAULT;
		esolUptakeRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE, oldEsolUptakeRate, ESOL_UPTAKE_RATE_EDEFAULT, oldEsolUptakeRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEsolUptakeRate() {
		return esolUptakeRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEsolWaitingListDropOut() {
		return esolWaitingListDropOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolWaitingListDropOut(double newEsolWaitingListDropOut) {
		double oldEsolWaitingListDropOut = esolWaitingListDropOut;
		esolWaitingListDropOut = newEsolWaitingListDropOut;
		boolean oldEsolWaitingListDropOutESet = esolWaitingListDropOutESet;
		esolWaitingListDropOutESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT, oldEsolWaitingListDropOut, esolWaitingListDropOut, !oldEsolWaitingListDropOutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEsolWaitingListDropOut() {
		double oldEsolWaitingListDropOut = esolWaitingListDropOut;
		boolean oldEsolWaitingListDropOutESet = esolWaitingListDropOutESet;
		esolWaitingListDropOut = ESOL_WAITING_LIST_DROP_OUT_EDEFAULT;
		esolWaitingListDropOutESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT, oldEsolWaitingListDropOut, ESOL_WAITING_LIST_DROP_OUT_EDEFAULT, oldEsolWaitingListDropOutESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEsolWaitingListDropOut() {
		return esolWaitingListDropOutESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEsolGuidedHoursPerLearner() {
		return esolGuidedHoursPerLearner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolGuidedHoursPerLearner(double newEsolGuidedHoursPerLearner) {
		double oldEsolGuidedHoursPerLearner = esolGuidedHoursPerLearner;
		esolGuidedHoursPerLearner = newEsolGuidedHoursPerLearner;
		boolean oldEsolGuidedHoursPerLearnerESet = esolGuidedHoursPerLearnerESet;
		esolGuidedHoursPerLearnerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER, oldEsolGuidedHoursPerLearner, esolGuidedHoursPerLearner, !oldEsolGuidedHoursPerLearnerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEsolGuidedHoursPerLearner() {
		double oldEsolGuidedHoursPerLearner = esolGuidedHoursPerLearner;
		boolean oldEsolGuidedHoursPerLearnerESet = esolGuidedHoursPerLearnerESet;
		esolGuidedHoursPerLearner = ESOL_GUIDED_HOURS_PER_LEARNER_EDEFAULT;
		esolGuidedHoursPerLearnerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER, oldEsolGuidedHoursPerLearner, ESOL_GUIDED_HOURS_PER_LEARNER_EDEFAULT, oldEsolGuidedHoursPerLearnerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEsolGuidedHoursPerLearner() {
		return esolGuidedHoursPerLearnerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEsolCostPerGuidedHour() {
		return esolCostPerGuidedHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEsolCostPerGuidedHour(double newEsolCostPerGuidedHour) {
		double oldEsolCostPerGuidedHour = esolCostPerGuidedHour;
		esolCostPerGuidedHour = newEsolCostPerGuidedHour;
		boolean oldEsolCostPerGuidedHourESet = esolCostPerGuidedHourESet;
		esolCostPerGuidedHourESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR, oldEsolCostPerGuidedHour, esolCostPerGuidedHour, !oldEsolCostPerGuidedHourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEsolCostPerGuidedHour() {
		double oldEsolCostPerGuidedHour = esolCostPerGuidedHour;
		boolean oldEsolCostPerGuidedHourESet = esolCostPerGuidedHourESet;
		esolCostPerGuidedHour = ESOL_COST_PER_GUIDED_HOUR_EDEFAULT;
		esolCostPerGuidedHourESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR, oldEsolCostPerGuidedHour, ESOL_COST_PER_GUIDED_HOUR_EDEFAULT, oldEsolCostPerGuidedHourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEsolCostPerGuidedHour() {
		return esolCostPerGuidedHourESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInstitutionalRate() {
		return institutionalRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstitutionalRate(double newInstitutionalRate) {
		double oldInstitutionalRate = institutionalRate;
		institutionalRate = newInstitutionalRate;
		boolean oldInstitutionalRateESet = institutionalRateESet;
		institutionalRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE, oldInstitutionalRate, institutionalRate, !oldInstitutionalRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInstitutionalRate() {
		double oldInstitutionalRate = institutionalRate;
		boolean oldInstitutionalRateESet = institutionalRateESet;
		institutionalRate = INSTITUTIONAL_RATE_EDEFAULT;
		institutionalRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE, oldInstitutionalRate, INSTITUTIONAL_RATE_EDEFAULT, oldInstitutionalRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInstitutionalRate() {
		return institutionalRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeadshipRateAdult() {
		return headshipRateAdult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadshipRateAdult(double newHeadshipRateAdult) {
		double oldHeadshipRateAdult = headshipRateAdult;
		headshipRateAdult = newHeadshipRateAdult;
		boolean oldHeadshipRateAdultESet = headshipRateAdultESet;
		headshipRateAdultESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT, oldHeadshipRateAdult, headshipRateAdult, !oldHeadshipRateAdultESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHeadshipRateAdult() {
		double oldHeadshipRateAdult = headshipRateAdult;
		boolean oldHeadshipRateAdultESet = headshipRateAdultESet;
		headshipRateAdult = HEADSHIP_RATE_ADULT_EDEFAULT;
		headshipRateAdultESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT, oldHeadshipRateAdult, HEADSHIP_RATE_ADULT_EDEFAULT, oldHeadshipRateAdultESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHeadshipRateAdult() {
		return headshipRateAdultESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVacancyRate() {
		return vacancyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVacancyRate(double newVacancyRate) {
		double oldVacancyRate = vacancyRate;
		vacancyRate = newVacancyRate;
		boolean oldVacancyRateESet = vacancyRateESet;
		vacancyRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE, oldVacancyRate, vacancyRate, !oldVacancyRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVacancyRate() {
		double oldVacancyRate = vacancyRate;
		boolean oldVacancyRateESet = vacancyRateESet;
		vacancyRate = VACANCY_RATE_EDEFAULT;
		vacancyRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE, oldVacancyRate, VACANCY_RATE_EDEFAULT, oldVacancyRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVacancyRate() {
		return vacancyRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSecondHomesRate() {
		return secondHomesRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondHomesRate(double newSecondHomesRate) {
		double oldSecondHomesRate = secondHomesRate;
		secondHomesRate = newSecondHomesRate;
		boolean oldSecondHomesRateESet = secondHomesRateESet;
		secondHomesRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE, oldSecondHomesRate, secondHomesRate, !oldSecondHomesRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSecondHomesRate() {
		double oldSecondHomesRate = secondHomesRate;
		boolean oldSecondHomesRateESet = secondHomesRateESet;
		secondHomesRate = SECOND_HOMES_RATE_EDEFAULT;
		secondHomesRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE, oldSecondHomesRate, SECOND_HOMES_RATE_EDEFAULT, oldSecondHomesRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSecondHomesRate() {
		return secondHomesRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNonUkBornRentingShare() {
		return nonUkBornRentingShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonUkBornRentingShare(double newNonUkBornRentingShare) {
		double oldNonUkBornRentingShare = nonUkBornRentingShare;
		nonUkBornRentingShare = newNonUkBornRentingShare;
		boolean oldNonUkBornRentingShareESet = nonUkBornRentingShareESet;
		nonUkBornRentingShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE, oldNonUkBornRentingShare, nonUkBornRentingShare, !oldNonUkBornRentingShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNonUkBornRentingShare() {
		double oldNonUkBornRentingShare = nonUkBornRentingShare;
		boolean oldNonUkBornRentingShareESet = nonUkBornRentingShareESet;
		nonUkBornRentingShare = NON_UK_BORN_RENTING_SHARE_EDEFAULT;
		nonUkBornRentingShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE, oldNonUkBornRentingShare, NON_UK_BORN_RENTING_SHARE_EDEFAULT, oldNonUkBornRentingShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNonUkBornRentingShare() {
		return nonUkBornRentingShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUkBornRentingShare() {
		return ukBornRentingShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUkBornRentingShare(double newUkBornRentingShare) {
		double oldUkBornRentingShare = ukBornRentingShare;
		ukBornRentingShare = newUkBornRentingShare;
		boolean oldUkBornRentingShareESet = ukBornRentingShareESet;
		ukBornRentingShareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE, oldUkBornRentingShare, ukBornRentingShare, !oldUkBornRentingShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUkBornRentingShare() {
		double oldUkBornRentingShare = ukBornRentingShare;
		boolean oldUkBornRentingShareESet = ukBornRentingShareESet;
		ukBornRentingShare = UK_BORN_RENTING_SHARE_EDEFAULT;
		ukBornRentingShareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE, oldUkBornRentingShare, UK_BORN_RENTING_SHARE_EDEFAULT, oldUkBornRentingShareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUkBornRentingShare() {
		return ukBornRentingShareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCrowdingIndexThreshold() {
		return crowdingIndexThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrowdingIndexThreshold(double newCrowdingIndexThreshold) {
		double oldCrowdingIndexThreshold = crowdingIndexThreshold;
		crowdingIndexThreshold = newCrowdingIndexThreshold;
		boolean oldCrowdingIndexThresholdESet = crowdingIndexThresholdESet;
		crowdingIndexThresholdESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD, oldCrowdingIndexThreshold, crowdingIndexThreshold, !oldCrowdingIndexThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCrowdingIndexThreshold() {
		double oldCrowdingIndexThreshold = crowdingIndexThreshold;
		boolean oldCrowdingIndexThresholdESet = crowdingIndexThresholdESet;
		crowdingIndexThreshold = CROWDING_INDEX_THRESHOLD_EDEFAULT;
		crowdingIndexThresholdESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD, oldCrowdingIndexThreshold, CROWDING_INDEX_THRESHOLD_EDEFAULT, oldCrowdingIndexThresholdESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCrowdingIndexThreshold() {
		return crowdingIndexThresholdESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGpRegistrationRate() {
		return gpRegistrationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpRegistrationRate(double newGpRegistrationRate) {
		double oldGpRegistrationRate = gpRegistrationRate;
		gpRegistrationRate = newGpRegistrationRate;
		boolean oldGpRegistrationRateESet = gpRegistrationRateESet;
		gpRegistrationRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE, oldGpRegistrationRate, gpRegistrationRate, !oldGpRegistrationRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGpRegistrationRate() {
		double oldGpRegistrationRate = gpRegistrationRate;
		boolean oldGpRegistrationRateESet = gpRegistrationRateESet;
		gpRegistrationRate = GP_REGISTRATION_RATE_EDEFAULT;
		gpRegistrationRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE, oldGpRegistrationRate, GP_REGISTRATION_RATE_EDEFAULT, oldGpRegistrationRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGpRegistrationRate() {
		return gpRegistrationRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FigureSource> getFigureSources() {
		if (figureSources == null) {
			figureSources = new EObjectContainmentEList<FigureSource>(FigureSource.class, this, CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES);
		}
		return figureSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean figureSourcesNameFigures(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CroesoRules.figureSourcesNameFigures(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				return ((InternalEList<?>)getFigureSources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE:
				return getParticipationRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE:
				return getNonUkBornEalShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE:
				return getUkBornEalShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT:
				return getSurplusFlagPercent();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE:
				return getNonUkBornLimitedEnglishShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE:
				return getUkBornLimitedEnglishShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE:
				return getEsolUptakeRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT:
				return getEsolWaitingListDropOut();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER:
				return getEsolGuidedHoursPerLearner();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR:
				return getEsolCostPerGuidedHour();
			case CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE:
				return getInstitutionalRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT:
				return getHeadshipRateAdult();
			case CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE:
				return getVacancyRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE:
				return getSecondHomesRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE:
				return getNonUkBornRentingShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE:
				return getUkBornRentingShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD:
				return getCrowdingIndexThreshold();
			case CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE:
				return getGpRegistrationRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				return getFigureSources();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE:
				setParticipationRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE:
				setNonUkBornEalShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE:
				setUkBornEalShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT:
				setSurplusFlagPercent((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE:
				setNonUkBornLimitedEnglishShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE:
				setUkBornLimitedEnglishShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE:
				setEsolUptakeRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT:
				setEsolWaitingListDropOut((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER:
				setEsolGuidedHoursPerLearner((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR:
				setEsolCostPerGuidedHour((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE:
				setInstitutionalRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT:
				setHeadshipRateAdult((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE:
				setVacancyRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE:
				setSecondHomesRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE:
				setNonUkBornRentingShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE:
				setUkBornRentingShare((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD:
				setCrowdingIndexThreshold((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE:
				setGpRegistrationRate((Double)newValue);
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				getFigureSources().clear();
				getFigureSources().addAll((Collection<? extends FigureSource>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE:
				unsetParticipationRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE:
				unsetNonUkBornEalShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE:
				unsetUkBornEalShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT:
				unsetSurplusFlagPercent();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE:
				unsetNonUkBornLimitedEnglishShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE:
				unsetUkBornLimitedEnglishShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE:
				unsetEsolUptakeRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT:
				unsetEsolWaitingListDropOut();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER:
				unsetEsolGuidedHoursPerLearner();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR:
				unsetEsolCostPerGuidedHour();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE:
				unsetInstitutionalRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT:
				unsetHeadshipRateAdult();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE:
				unsetVacancyRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE:
				unsetSecondHomesRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE:
				unsetNonUkBornRentingShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE:
				unsetUkBornRentingShare();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD:
				unsetCrowdingIndexThreshold();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE:
				unsetGpRegistrationRate();
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				getFigureSources().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE:
				return isSetParticipationRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE:
				return isSetNonUkBornEalShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE:
				return isSetUkBornEalShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT:
				return isSetSurplusFlagPercent();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE:
				return isSetNonUkBornLimitedEnglishShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE:
				return isSetUkBornLimitedEnglishShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE:
				return isSetEsolUptakeRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT:
				return isSetEsolWaitingListDropOut();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER:
				return isSetEsolGuidedHoursPerLearner();
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR:
				return isSetEsolCostPerGuidedHour();
			case CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE:
				return isSetInstitutionalRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT:
				return isSetHeadshipRateAdult();
			case CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE:
				return isSetVacancyRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE:
				return isSetSecondHomesRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE:
				return isSetNonUkBornRentingShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE:
				return isSetUkBornRentingShare();
			case CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD:
				return isSetCrowdingIndexThreshold();
			case CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE:
				return isSetGpRegistrationRate();
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				return figureSources != null && !figureSources.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CroesoPackage.SERVICE_ASSUMPTIONS___FIGURE_SOURCES_NAME_FIGURES__DIAGNOSTICCHAIN_MAP:
				return figureSourcesNameFigures((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (participationRate: ");
		if (participationRateESet) result.append(participationRate); else result.append("<unset>");
		result.append(", nonUkBornEalShare: ");
		if (nonUkBornEalShareESet) result.append(nonUkBornEalShare); else result.append("<unset>");
		result.append(", ukBornEalShare: ");
		if (ukBornEalShareESet) result.append(ukBornEalShare); else result.append("<unset>");
		result.append(", surplusFlagPercent: ");
		if (surplusFlagPercentESet) result.append(surplusFlagPercent); else result.append("<unset>");
		result.append(", nonUkBornLimitedEnglishShare: ");
		if (nonUkBornLimitedEnglishShareESet) result.append(nonUkBornLimitedEnglishShare); else result.append("<unset>");
		result.append(", ukBornLimitedEnglishShare: ");
		if (ukBornLimitedEnglishShareESet) result.append(ukBornLimitedEnglishShare); else result.append("<unset>");
		result.append(", esolUptakeRate: ");
		if (esolUptakeRateESet) result.append(esolUptakeRate); else result.append("<unset>");
		result.append(", esolWaitingListDropOut: ");
		if (esolWaitingListDropOutESet) result.append(esolWaitingListDropOut); else result.append("<unset>");
		result.append(", esolGuidedHoursPerLearner: ");
		if (esolGuidedHoursPerLearnerESet) result.append(esolGuidedHoursPerLearner); else result.append("<unset>");
		result.append(", esolCostPerGuidedHour: ");
		if (esolCostPerGuidedHourESet) result.append(esolCostPerGuidedHour); else result.append("<unset>");
		result.append(", institutionalRate: ");
		if (institutionalRateESet) result.append(institutionalRate); else result.append("<unset>");
		result.append(", headshipRateAdult: ");
		if (headshipRateAdultESet) result.append(headshipRateAdult); else result.append("<unset>");
		result.append(", vacancyRate: ");
		if (vacancyRateESet) result.append(vacancyRate); else result.append("<unset>");
		result.append(", secondHomesRate: ");
		if (secondHomesRateESet) result.append(secondHomesRate); else result.append("<unset>");
		result.append(", nonUkBornRentingShare: ");
		if (nonUkBornRentingShareESet) result.append(nonUkBornRentingShare); else result.append("<unset>");
		result.append(", ukBornRentingShare: ");
		if (ukBornRentingShareESet) result.append(ukBornRentingShare); else result.append("<unset>");
		result.append(", crowdingIndexThreshold: ");
		if (crowdingIndexThresholdESet) result.append(crowdingIndexThreshold); else result.append("<unset>");
		result.append(", gpRegistrationRate: ");
		if (gpRegistrationRateESet) result.append(gpRegistrationRate); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ServiceAssumptionsImpl
